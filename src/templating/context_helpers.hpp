#pragma once
// Small helpers shared by context.cpp and role_context.cpp (not a public interface).

#include <string>

#include "templating/context.hpp"

namespace plainly::ctx {

/// Set `key` to the field's text when the definitions file gave a non-empty value.
inline void put(TemplateData& obj, const std::string& key, const Text& t) {
  if (t.ok() && !t.value.empty()) obj.set(key, t.value);
}

/// Set `key` to true or false when the file gave the value.
inline void put(TemplateData& obj, const std::string& key, const Field<bool>& b) {
  if (b.ok()) obj.set(key, b.value);
}

/// Set `key` to a list of strings, and `has_<key>` to true, when the list is not empty.
inline void put(TemplateData& obj, const std::string& key, const TextList& list) {
  TemplateData out(TemplateData::type::list);
  for (const auto& t : list)
    if (t.ok() && !t.value.empty()) out.push_back(t.value);
  if (!out.is_empty_list()) {
    obj.set(key, out);
    obj.set("has_" + key, true);
  }
}

/// Set `key` to true when `value` equals `wanted`.
inline void flag(TemplateData& obj, const std::string& key, const Text& value,
                 const std::string& wanted) {
  if (value.ok() && value.value == wanted) obj.set(key, true);
}

}  // namespace plainly::ctx

namespace plainly {
/// The role part of the context (role_context.cpp).
TemplateData role_context(const Role& role, const Formatter& format);
}  // namespace plainly
