#pragma once
// Reporters for `plainly check`: text, json and html. They are fed one file at a time, in
// chunks, so very large inputs are reported without holding everything in memory.

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check/checker.hpp"
#include "check/finding.hpp"
#include "check/readability.hpp"

namespace plainly {

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin() {}
  virtual void file_begin(const std::string& path) = 0;
  /// Findings in one chunk of the file. `text` is the chunk; finding offsets point into it.
  virtual void chunk(std::string_view text, const std::vector<Finding>& findings,
                     const std::vector<SentenceReadability>& sentences) = 0;
  /// The same, from findings whose strings are not made yet (check_text_refs); `file` is
  /// the name each finding carries. By default each Finding is made and chunk() above is
  /// called; the text and json reporters write the findings straight from the rules.
  virtual void chunk_refs(std::string_view text, const Checker& checker, const std::string& file,
                          const std::vector<FindingRef>& findings,
                          const std::vector<SentenceReadability>& sentences);
  virtual void file_end(const Readability& figures) = 0;
  /// How many more sentences' figures this reporter would use (CheckOptions::max_sentences).
  virtual size_t sentences_wanted() const { return static_cast<size_t>(-1); }
  virtual void end() {}
};

/// Make a reporter for "text", "json" or "html". Throws PlainlyError (exit 2) otherwise.
/// `color` adds terminal colours to the text format.
std::unique_ptr<Reporter> make_reporter(const std::string& format, std::ostream& out, bool color = false);

/// The readability figures as a JSON object (shared by the json and html reporters).
std::string readability_json(const Readability& r);

/// Escape a string for JSON (without the quotes).
std::string json_escape(std::string_view s);

/// Escape a string for HTML text and attributes.
std::string html_escape(std::string_view s);

}  // namespace plainly
