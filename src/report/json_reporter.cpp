// `--format json`: {"files": [{"path", "findings": [...], "readability": {...},
// "sentences": [...]}]}. Documented in docs/checker.md and the README.
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "report/reporter.hpp"

namespace plainly {
namespace {

constexpr size_t kMaxSentences = 20000;  // per file; beyond this "sentences" is cut short

/// Offset of the first character JSON must escape (", \\ or a control character) at or
/// after `i`, or s.size(). Reads 8 bytes at a time: findings repeat long messages, so this
/// is on the hot path.
size_t next_special(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
    uint64_t found = ((w - kOnes * 0x20) & ~w) | ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash);
    if (found & kHigh) break;  // one of these bytes may be special: look byte by byte
  }
  for (; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\' || c < 0x20) return i;
  }
  return s.size();
}

/// Append `s` as the inside of a JSON string: the same bytes as json_escape, copied in runs.
void append_escaped(std::string& out, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = next_special(s, i);
    out.append(s.data() + i, j - i);
    if (j >= s.size()) break;
    out += json_escape(s.substr(j, 1));
    i = j + 1;
  }
}

void append_int(std::string& out, long long v) {
  char digits[24];
  auto r = std::to_chars(digits, digits + sizeof digits, v);
  out.append(digits, r.ptr);
}

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}
  void begin() override { out_ << "{\"files\": ["; }
  void file_begin(const std::string& path) override {
    out_ << (files_++ ? ",\n" : "\n") << "  {\"path\": \"" << json_escape(path) << "\", \"findings\": [";
    count_ = 0;
    sentences_.clear();
    truncated_ = false;
  }
  void chunk(std::string_view, const std::vector<Finding>& findings,
             const std::vector<SentenceReadability>& sentences) override {
    // Findings are formatted into one buffer and written in large blocks: much faster than
    // many small stream insertions for a file with 100,000 findings.
    for (const Finding& f : findings) {
      open_finding(f.line, f.column, f.end_line, f.end_column, f.text, f.rule, f.category, f.severity);
      append_escaped(buf_, f.message);
      buf_ += "\", \"suggestion\": \"";
      append_escaped(buf_, f.suggestion);
      buf_ += "\"}";
      if (buf_.size() >= (1u << 20)) flush();
    }
    flush();
    keep(sentences);
  }

  void chunk_refs(std::string_view text, const Checker& checker, const std::string&,
                  const std::vector<FindingRef>& findings,
                  const std::vector<SentenceReadability>& sentences) override {
    for (const FindingRef& f : findings) {
      const Rule& r = checker.rules()[f.rule];
      open_finding(f.line, f.column, f.end_line, f.end_column, text.substr(f.offset, f.length), r.id, r.category,
                   r.severity);
      append_text(checker, f, text, FindingText::Message);
      buf_ += "\", \"suggestion\": \"";
      append_text(checker, f, text, FindingText::Suggestion);
      buf_ += "\"}";
      if (buf_.size() >= (1u << 20)) flush();
    }
    flush();
    keep(sentences);
  }

  /// The sentences still to list, plus one to know whether the list was cut short.
  size_t sentences_wanted() const override {
    return sentences_.size() >= kMaxSentences ? (truncated_ ? 0 : 1) : kMaxSentences - sentences_.size() + 1;
  }

  void file_end(const Readability& r) override {
    out_ << (count_ ? "\n  ]" : "]") << ",\n   \"readability\": " << readability_json(r) << ",\n   \"sentences\": [";
    for (size_t i = 0; i < sentences_.size(); ++i) {
      const auto& s = sentences_[i];
      char buf[256];
      std::snprintf(buf, sizeof buf,
                    "{\"line\": %d, \"column\": %d, \"words\": %lld, \"syllables\": %lld, "
                    "\"flesch_reading_ease\": %.1f, \"flesch_kincaid_grade\": %.1f, \"reading_age\": %.1f}",
                    s.line, s.column, s.figures.words, s.figures.syllables, s.figures.flesch_reading_ease(),
                    s.figures.flesch_kincaid_grade(), s.figures.reading_age());
      out_ << (i ? ",\n    " : "\n    ") << buf;
    }
    out_ << (sentences_.empty() ? "]" : "\n   ]");
    if (truncated_) out_ << ",\n   \"sentences_truncated\": true";
    out_ << "}";
  }
  void end() override { out_ << (files_ ? "\n]}\n" : "]}\n"); }

 private:
  /// A finding's fields up to the opening quote of its message.
  void open_finding(int line, int column, int end_line, int end_column, std::string_view text,
                    const std::string& rule, const std::string& category, Severity severity) {
    buf_ += count_++ ? ",\n" : "\n";
    buf_ += "    {\"line\": ";
    append_int(buf_, line);
    buf_ += ", \"column\": ";
    append_int(buf_, column);
    buf_ += ", \"end_line\": ";
    append_int(buf_, end_line);
    buf_ += ", \"end_column\": ";
    append_int(buf_, end_column);
    buf_ += ", \"text\": \"";
    append_escaped(buf_, text);
    buf_ += "\", \"rule\": \"";
    append_escaped(buf_, rule);
    buf_ += "\", \"category\": \"";
    buf_ += category;
    buf_ += "\", \"severity\": \"";
    buf_ += severity_name(severity);
    buf_ += "\", \"message\": \"";
  }

  /// A finding's message or suggestion, escaped. Most rules' words have no placeholder and
  /// are the same in every finding: those are escaped once per rule and then copied.
  void append_text(const Checker& checker, const FindingRef& f, std::string_view text, FindingText which) {
    const Rule& r = checker.rules()[f.rule];
    const std::string& tmpl = which == FindingText::Message ? r.message : r.suggestion;
    if (tmpl.find('{') == std::string::npos) {
      size_t slot = static_cast<size_t>(f.rule) * 2 + (which == FindingText::Message ? 0 : 1);
      if (slot >= escaped_.size()) escaped_.resize(slot + 1);
      Escaped& e = escaped_[slot];
      if (!e.done || e.source != tmpl) {  // first use, or other rules (another Checker)
        e.source = tmpl;
        e.escaped.clear();
        append_escaped(e.escaped, tmpl);
        e.done = true;
      }
      buf_ += e.escaped;
      return;
    }
    scratch_.clear();
    append_finding_text(checker, f, text, which, scratch_);
    append_escaped(buf_, scratch_);
  }

  void keep(const std::vector<SentenceReadability>& sentences) {
    for (const auto& s : sentences) {
      if (sentences_.size() >= kMaxSentences) { truncated_ = true; break; }
      sentences_.push_back(s);
    }
  }

  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }
  std::ostream& out_;
  std::string buf_, scratch_;
  struct Escaped {
    bool done = false;
    std::string source, escaped;  ///< a rule's fixed message or suggestion, and its escaped form
  };
  std::vector<Escaped> escaped_;  ///< per rule: message, then suggestion
  int files_ = 0;
  size_t count_ = 0;
  std::vector<SentenceReadability> sentences_;
  bool truncated_ = false;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace plainly
