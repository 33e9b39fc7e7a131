#pragma once
// Loading a definitions file into the structs of project.hpp.
//
// Key paths in messages name list items by their id when they have a usable one
// ("roles[peer-trainer].pay.rate", "consent[quotes].uses[0].public") and by their
// position from 0 otherwise ("roles[1].title", "people[0].needs.size",
// "roles[peer-trainer].sessions[2].end").

#include <string>

#include "definitions/project.hpp"

namespace plainly {

/// Load a definitions file. Syntax, type and unknown-key problems throw PlainlyError
/// (exit 2) carrying ALL diagnostics found. A missing or unreadable file throws
/// PlainlyError (exit 2) naming it. Problems with single values (placeholders, dates that
/// are not real...) do not throw: they are kept in Definitions::value_problems.
Definitions load_definitions(const std::string& path);

/// The same, from text already in memory; `path` is used in messages.
Definitions load_definitions_from_string(const std::string& text, const std::string& path);

/// True for an id made of lower-case letters, digits and hyphens ("peer-trainer").
bool is_valid_id(const std::string& id);

}  // namespace plainly
