// `--format html`: one self-contained page per run. Each file's text is shown with every
// finding highlighted and numbered, and explained underneath in plain words.
#include <algorithm>
#include <cstdio>

#include "report/reporter.hpp"

namespace plainly {
namespace {

constexpr size_t kMaxShownText = 8u << 20;  // bigger files: list the findings only

const char* kStyle = R"(
body{font-family:"Atkinson Hyperlegible",Verdana,Arial,sans-serif;font-size:1.15rem;line-height:1.6;
max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}
h1{font-size:1.8rem}h2{font-size:1.4rem;margin-top:2.5rem}
.text{white-space:pre-wrap;border:2px solid #ccc;border-radius:6px;padding:1rem;background:#fafafa}
mark{padding:0 .1em;border-radius:3px}
mark.error{background:#ffd6d6;border-bottom:3px solid #b00020}
mark.warning{background:#fff1c2;border-bottom:3px solid #8a6d00}
mark.suggestion{background:#d9f0ff;border-bottom:3px dotted #005a8c}
sup{font-weight:bold;font-size:.75em}
ol.findings li{margin-bottom:1rem}
.why{display:block}.fix{display:block;color:#234d20}
.kind{font-weight:bold}
.figures td{padding:.2rem .8rem .2rem 0}
)";

const char* plain_category(const std::string& c) {
  if (c == "speculative") return "Holds out a maybe";
  if (c == "promissory") return "Promises something we cannot be sure of";
  if (c == "vague") return "Leaves out a fact people need";
  if (c == "pressure") return "Puts pressure on people";
  return "Could be easier to read";
}

class HtmlReporter : public Reporter {
 public:
  explicit HtmlReporter(std::ostream& out) : out_(out) {}
  void begin() override {
    out_ << "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>plainly check: wording to look at</title>\n<style>"
         << kStyle << "</style>\n</head>\n<body>\n<main>\n<h1>Wording to look at</h1>\n"
         << "<p>We checked the wording for things that can mislead or worry the people who read it: "
            "maybes, promises, missing facts and pressure. Each marked part is explained below the text, "
            "with an idea for what to write instead. Red marks matter most.</p>\n";
  }
  void file_begin(const std::string& path) override {
    path_ = path;
    text_.clear();
    findings_.clear();
    too_big_ = false;
  }
  void chunk(std::string_view text, const std::vector<Finding>& findings,
             const std::vector<SentenceReadability>&) override {
    size_t base = text_.size();
    if (!too_big_ && base + text.size() <= kMaxShownText) {
      text_.append(text);
    } else {
      too_big_ = true;
      text_.clear();
    }
    for (Finding f : findings) {
      f.offset += base;
      findings_.push_back(std::move(f));
    }
  }
  size_t sentences_wanted() const override { return 0; }  // only the totals are shown

  void file_end(const Readability& r) override {
    out_ << "<section>\n<h2>" << html_escape(path_) << "</h2>\n";
    summary(r);
    if (!too_big_) text();
    else out_ << "<p>This file is too large to show here, so only the list of things to look at is shown.</p>\n";
    list();
    out_ << "</section>\n";
  }
  void end() override { out_ << "</main>\n</body>\n</html>\n"; }

 private:
  void summary(const Readability& r) {
    int errors = 0;
    for (const auto& f : findings_) errors += f.severity == Severity::Error;
    if (findings_.empty()) out_ << "<p>We found nothing to change.</p>\n";
    else
      out_ << "<p>We found " << findings_.size() << (findings_.size() == 1 ? " thing" : " things")
           << " to look at. " << errors << (errors == 1 ? " of them matters" : " of them matter")
           << " most (marked in red).</p>\n";
    char buf[1024];
    std::snprintf(buf, sizeof buf,
                  "<table class=\"figures\"><caption>How easy it is to read</caption>"
                  "<tr><td>Words</td><td>%lld</td></tr><tr><td>Sentences</td><td>%lld</td></tr>"
                  "<tr><td>Words in a sentence, on average</td><td>%.1f</td></tr>"
                  "<tr><td>Reading ease (0 to 100, higher is easier; aim for 60 or more)</td><td>%.0f</td></tr>"
                  "<tr><td>Reading age (years)</td><td>%.0f</td></tr></table>\n",
                  r.words, r.sentences, r.words_per_sentence(), r.flesch_reading_ease(),
                  r.words ? r.reading_age() : 0.0);
    out_ << buf;
  }
  void text() {
    std::vector<size_t> order;
    for (size_t i = 0; i < findings_.size(); ++i)
      if (findings_[i].length <= 200) order.push_back(i);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return findings_[a].offset < findings_[b].offset; });
    out_ << "<div class=\"text\">";
    size_t pos = 0;
    for (size_t i : order) {
      const Finding& f = findings_[i];
      if (f.offset < pos) continue;  // overlaps one already marked
      out_ << html_escape(std::string_view(text_).substr(pos, f.offset - pos));
      out_ << "<mark class=\"" << severity_name(f.severity) << "\" id=\"t" << i + 1 << "\" title=\""
           << html_escape(f.message) << "\"><a href=\"#f" << i + 1 << "\">"
           << html_escape(std::string_view(text_).substr(f.offset, f.length)) << "</a><sup>" << i + 1
           << "</sup></mark>";
      pos = f.offset + f.length;
    }
    out_ << html_escape(std::string_view(text_).substr(std::min(pos, text_.size()))) << "</div>\n";
  }
  void list() {
    if (findings_.empty()) return;
    out_ << "<h3>What to look at</h3>\n<ol class=\"findings\">\n";
    for (size_t i = 0; i < findings_.size(); ++i) {
      const Finding& f = findings_[i];
      out_ << "<li id=\"f" << i + 1 << "\"><span class=\"kind\">" << plain_category(f.category) << ":</span> \""
           << html_escape(f.text.size() > 300 ? f.text.substr(0, 300) + "..." : f.text) << "\" (line " << f.line
           << ")<span class=\"why\">" << html_escape(f.message) << "</span>";
      if (!f.suggestion.empty()) out_ << "<span class=\"fix\">Try this: " << html_escape(f.suggestion) << "</span>";
      out_ << "</li>\n";
    }
    out_ << "</ol>\n";
  }

  std::ostream& out_;
  std::string path_, text_;
  std::vector<Finding> findings_;
  bool too_big_ = false;
};

}  // namespace

std::unique_ptr<Reporter> make_html_reporter(std::ostream& out) { return std::make_unique<HtmlReporter>(out); }

}  // namespace plainly
