// `--format json`: {"files": [{"path", "findings": [...], "readability": {...},
// "sentences": [...]}]}. Documented in docs/checker.md and the README.
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

/// Write `s` as the inside of a JSON string: the same bytes as json_escape, but written in
/// runs straight to the stream, without building a copy.
void put_escaped(std::ostream& out, std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = next_special(s, i);
    if (j > i) out.write(s.data() + i, static_cast<std::streamsize>(j - i));
    if (j >= s.size()) break;
    out << json_escape(s.substr(j, 1));
    i = j + 1;
  }
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
    for (const Finding& f : findings) {
      out_ << (count_++ ? ",\n" : "\n") << "    {\"line\": " << f.line << ", \"column\": " << f.column
           << ", \"end_line\": " << f.end_line << ", \"end_column\": " << f.end_column << ", \"text\": \"";
      put_escaped(out_, f.text);
      out_ << "\", \"rule\": \"";
      put_escaped(out_, f.rule);
      out_ << "\", \"category\": \"" << f.category << "\", \"severity\": \"" << severity_name(f.severity)
           << "\", \"message\": \"";
      put_escaped(out_, f.message);
      out_ << "\", \"suggestion\": \"";
      put_escaped(out_, f.suggestion);
      out_ << "\"}";
    }
    for (const auto& s : sentences) {
      if (sentences_.size() >= kMaxSentences) { truncated_ = true; break; }
      sentences_.push_back(s);
    }
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
  std::ostream& out_;
  int files_ = 0;
  size_t count_ = 0;
  std::vector<SentenceReadability> sentences_;
  bool truncated_ = false;
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) { return std::make_unique<JsonReporter>(out); }

}  // namespace plainly
