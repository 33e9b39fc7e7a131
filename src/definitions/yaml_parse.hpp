#pragma once
// Turning a definitions file's text into a YAML tree, with every way that can fail
// (not UTF-8, tabs, nesting too deep, broken YAML) reported in plain words with a position.

#include <yaml-cpp/yaml.h>

#include <string>
#include <vector>

#include "definitions/source_text.hpp"

namespace plainly {

/// The largest definitions file we read (a real one is a few kilobytes).
inline constexpr size_t kMaxDefinitionsBytes = 8 * 1024 * 1024;

/// Check the raw text before parsing: size, UTF-8, control characters, tabs used for
/// indenting, nesting too deep for the parser, and an empty file. Returns the problems.
std::vector<Diagnostic> check_raw_text(const SourceText& src);

/// Parse `src` into a tree. Throws PlainlyError (exit 2) with positioned diagnostics
/// for the raw-text problems above and for YAML syntax errors.
YAML::Node parse_yaml(const SourceText& src);

}  // namespace plainly
