#include "report/reporter.hpp"

#include <cstdio>

#include "core/error.hpp"
#include "core/markup.hpp"

namespace plainly {

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, bool color);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out);
std::unique_ptr<Reporter> make_html_reporter(std::ostream& out);

std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, bool color) {
  if (format == "text") return make_text_reporter(out, color);
  if (format == "json") return make_json_reporter(out);
  if (format == "html") return make_html_reporter(out);
  throw PlainlyError(ExitCode::BadInput,
                     "plainly check: '--format " + format + "' is not a format. Use text, json or html.");
}

void Reporter::chunk_refs(std::string_view text, const Checker& checker, const std::string& file,
                          const std::vector<FindingRef>& findings,
                          const std::vector<SentenceReadability>& sentences) {
  std::vector<Finding> made;
  made.reserve(findings.size());
  for (const FindingRef& ref : findings) made.push_back(make_finding(checker, ref, text, file));
  chunk(text, made, sentences);
}

std::string json_escape(std::string_view s) {
  bool plain = true;
  for (char c : s)
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) { plain = false; break; }
  if (plain) return std::string(s);
  std::string out;
  out.reserve(s.size() + 8);
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string html_escape(std::string_view s) { return escape_markup(s); }

static std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string readability_json(const Readability& r) {
  char share[32];
  std::snprintf(share, sizeof share, "%.3f", r.long_word_share());
  char spw[32];
  std::snprintf(spw, sizeof spw, "%.2f", r.syllables_per_word());
  return "{\"words\": " + std::to_string(r.words) + ", \"sentences\": " + std::to_string(r.sentences) +
         ", \"syllables\": " + std::to_string(r.syllables) +
         ", \"words_per_sentence\": " + num(r.words_per_sentence()) + ", \"syllables_per_word\": " + spw +
         ", \"flesch_reading_ease\": " + num(r.flesch_reading_ease()) +
         ", \"flesch_kincaid_grade\": " + num(r.flesch_kincaid_grade()) +
         ", \"reading_age\": " + num(r.words ? r.reading_age() : 0.0) + ", \"long_words\": " + std::to_string(r.long_words) +
         ", \"long_word_share\": " + share + "}";
}

}  // namespace plainly
