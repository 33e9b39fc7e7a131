#pragma once
// "Did you mean" suggestions (after ninja's SpellcheckStringV).

#include <string>
#include <vector>

namespace plainly {

/// Edit distance between two strings (insert, delete, substitute, swap of neighbours).
int edit_distance(const std::string& a, const std::string& b);

/// The closest of `candidates` to `word`, or "" if none is close enough to be a likely typo.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace plainly
