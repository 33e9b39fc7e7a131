// `--format text`: file:line:col: severity [rule] message, the line with the words
// underlined, the suggestion, and a readability summary for each file.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>

#include "check/text_count.hpp"
#include "core/utf8.hpp"
#include "report/reporter.hpp"

namespace plainly {
namespace {

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, bool color) : out_(out), color_(color) {}

  void file_begin(const std::string& path) override {
    path_ = path;
    errors_ = warnings_ = suggestions_ = 0;
  }

  void chunk(std::string_view text, const std::vector<Finding>& findings,
             const std::vector<SentenceReadability>&) override {
    for (const Finding& f : findings)
      finding(text, f.file, f.line, f.column, f.offset, f.length, f.severity, f.rule,
              [&f](FindingText which, std::string& out) {
                out += which == FindingText::Message ? f.message : f.suggestion;
              });
    flush();
  }

  void chunk_refs(std::string_view text, const Checker& checker, const std::string& file,
                  const std::vector<FindingRef>& findings, const std::vector<SentenceReadability>&) override {
    for (const FindingRef& f : findings) {
      const Rule& r = checker.rules()[f.rule];
      finding(text, file, f.line, f.column, f.offset, f.length, r.severity, r.id,
              [&](FindingText which, std::string& out) { append_finding_text(checker, f, text, which, out); });
    }
    flush();
  }

  size_t sentences_wanted() const override { return 0; }  // only the totals are shown

  void file_end(const Readability& r) override {
    flush();
    if (r.words == 0 && errors_ + warnings_ + suggestions_ == 0) {
      out_ << path_ << ": there is no text to check in this file.\n";
      return;
    }
    char buf[512];
    std::snprintf(buf, sizeof buf,
                  "%s: %d %s, %d %s, %d %s.\n  Readability: %lld %s in %lld %s, %.1f words a sentence, "
                  "%.2f syllables a word, Flesch Reading Ease %.1f, Flesch-Kincaid grade %.1f (UK reading age %.0f), "
                  "%.0f%% long words.\n",
                  path_.c_str(), errors_, errors_ == 1 ? "error" : "errors", warnings_,
                  warnings_ == 1 ? "warning" : "warnings", suggestions_, suggestions_ == 1 ? "suggestion" : "suggestions",
                  r.words, r.words == 1 ? "word" : "words", r.sentences, r.sentences == 1 ? "sentence" : "sentences",
                  r.words_per_sentence(), r.syllables_per_word(), r.flesch_reading_ease(),
                  r.flesch_kincaid_grade(), r.words ? r.reading_age() : 0.0, 100.0 * r.long_word_share());
    out_ << buf;
  }

 private:
  /// One finding: its head, message, the line with the words underlined, and the suggestion
  /// when there is one. `words(which, out)` appends the message or the suggestion to `out`.
  template <class Words>
  void finding(std::string_view text, const std::string& file, int line, int column, size_t offset,
               size_t length, Severity severity, const std::string& rule, Words&& words) {
    head(file, line, column, severity, rule);
    words(FindingText::Message, buf_);
    buf_ += '\n';
    print_line(text, offset, length);
    size_t before = buf_.size();
    buf_ += "  Suggestion: ";
    size_t start = buf_.size();
    words(FindingText::Suggestion, buf_);
    if (buf_.size() == start) buf_.resize(before);  // no suggestion
    else buf_ += '\n';
    if (buf_.size() >= (1u << 20)) flush();
  }

  /// "file:line:col: severity [rule] " (findings are formatted into one buffer written in
  /// large blocks: many small stream insertions cost more than the checking).
  void head(const std::string& file, int line, int column, Severity severity, const std::string& rule) {
    ++(severity == Severity::Error ? errors_ : severity == Severity::Warning ? warnings_ : suggestions_);
    buf_ += file;
    buf_ += ':';
    append_int(line);
    buf_ += ':';
    append_int(column);
    buf_ += ": ";
    paint(severity_name(severity), severity);
    buf_ += " [";
    buf_ += rule;
    buf_ += "] ";
  }

  void paint(const char* word, Severity s) {
    if (!color_) {
      buf_ += word;
      return;
    }
    buf_ += s == Severity::Error ? "\033[1;31m" : s == Severity::Warning ? "\033[1;33m" : "\033[1;36m";
    buf_ += word;
    buf_ += "\033[0m";
  }

  void append_int(int v) {
    char digits[16];
    auto r = std::to_chars(digits, digits + sizeof digits, v);
    buf_.append(digits, r.ptr);
  }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  void print_line(std::string_view text, size_t offset, size_t length) {
    // Findings come in text order: remember the current line, so a 1 MB line is scanned once.
    if (text.data() != cache_text_ || offset < cache_start_ || offset >= cache_end_) {
      size_t start = 0;
      if (offset > 0) {
        const void* nl = memrchr(text.data(), '\n', std::min(offset, text.size()));
        if (nl) start = static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      }
      size_t end = text.find('\n', offset);
      cache_text_ = text.data();
      cache_start_ = start;
      cache_end_ = end == std::string_view::npos ? text.size() : end;
    }
    size_t start = cache_start_, end = cache_end_;
    if (end > start && text[end - 1] == '\r') --end;
    std::string_view line = text.substr(start, end - start);
    if (line.size() > 400) {  // very long lines: show the part around the finding
      size_t from = offset - start > 60 ? offset - start - 60 : 0;
      line = line.substr(from, std::min<size_t>(line.size() - from, 200));
      start += from;
    }
    // The marks: a space (or tab) for each character before the finding, then ^~~~.
    buf_ += "  ";
    buf_.append(line.data(), line.size());
    buf_ += "\n  ";
    size_t i = start, before = std::min(offset, start + line.size());
    while (i < before) {
      size_t j = i;
      while (j < before && static_cast<unsigned char>(text[j]) < 0x80 && text[j] != '\t') ++j;
      buf_.append(j - i, ' ');
      if (j >= before) break;
      buf_ += text[j] == '\t' ? '\t' : ' ';
      i = text[j] == '\t' ? j + 1 : utf8_next(text, j);
    }
    size_t stop = std::min(offset + length, start + line.size());
    size_t chars = offset < stop ? count_chars(text.substr(offset, stop - offset)) : 0;
    buf_ += '^';
    if (chars > 1) buf_.append(chars - 1, '~');
    buf_ += '\n';
  }

  std::ostream& out_;
  bool color_;
  std::string path_;
  std::string buf_;
  int errors_ = 0, warnings_ = 0, suggestions_ = 0;
  const char* cache_text_ = nullptr;
  size_t cache_start_ = 0, cache_end_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, bool color) {
  return std::make_unique<TextReporter>(out, color);
}

}  // namespace plainly
