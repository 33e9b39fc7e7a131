#pragma once
// Runs the language checker over the free text of a definitions file, so a speculative or
// promissory phrase in a definition is a validation error at its place in the YAML.

#include <functional>
#include <string>
#include <vector>

#include "check/checker.hpp"
#include "definitions/validate.hpp"

namespace plainly {

/// A hook for ValidateOptions::text_checker: checks one field with `checker` and turns each
/// error-level finding (and, for an easy-read wording, checked with the easy-read limits,
/// each warning too) into a Diagnostic pointing at the matched words in the YAML file
/// (found by searching the file from the field's position, so folded `>-` text works too).
std::function<std::vector<Diagnostic>(const Definitions&, const TextField&)>
definitions_text_checker(Checker checker);

/// The locale whose rules check this definition: its own `locale` when it is one plainly
/// knows, otherwise en-GB (an unknown locale is reported by validation, not here).
std::string checker_locale(const Definitions& d);

/// Byte offset in `source` where the words `needle` start at or after byte `from`, where any
/// run of whitespace in `needle` matches any run of whitespace (line breaks and indentation
/// included) in `source`. Sets `*match_end` to the byte after the match. npos if absent, or
/// if the match would start more than `limit` bytes after `from`.
size_t find_words(const std::string& source, const std::string& needle, size_t from,
                  size_t* match_end, size_t limit = std::string::npos);

}  // namespace plainly
