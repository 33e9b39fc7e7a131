#pragma once
// The shape of a definitions file: which keys each group allows, what each list holds,
// and an example of a good value for every key (used in every message).

#include <string>
#include <vector>

namespace plainly {

/// "roles[peer-trainer].pay.rate" -> "roles.pay.rate" (list positions dropped).
std::string generic_path(const std::string& key_path);

/// The last key of a path: "roles[peer-trainer].pay.rate" -> "rate".
std::string last_key(const std::string& key_path);

/// True when the free text at `key_path` may be written `{text: "...", easy_read: "..."}`,
/// so easy-read documents show their own wording: every free-text field people read,
/// except titles, tax.status, the `until` dates of consent and pictures' alt text.
bool has_easy_read_form(const std::string& key_path);

/// The keys allowed in the group at generic path `group` ("" is the top level).
const std::vector<std::string>& allowed_keys(const std::string& group);

/// "For example: rate: £25" for the key at `key_path`; "" when there is no example.
std::string example_for(const std::string& key_path);

/// What a list at `key_path` holds, in plain words: "tasks", "consent items".
std::string list_noun(const std::string& key_path);

/// The words allowed for an enumerated key (mode, kind, per, ...); empty if free text.
const std::vector<std::string>& allowed_values(const std::string& key_path);

}  // namespace plainly
