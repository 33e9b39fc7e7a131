#pragma once
// Small helpers shared by context.cpp and role_context.cpp (not a public interface).

#include <string>

#include "templating/context.hpp"

namespace plainly::ctx {

/// True while build_context builds an easy-read document's context on this thread: put()
/// then takes each Text's easy_read wording when it has one (context.cpp sets it).
extern thread_local bool easy_read_wording;

/// The wording of `t` for the document being built.
inline const std::string& wording(const Text& t) {
  return easy_read_wording && t.easy_read.ok() ? t.easy_read.value : t.value;
}

/// Set `key` to the field's text when the definitions file gave a non-empty value.
inline void put(TemplateData& obj, const std::string& key, const Text& t) {
  if (t.ok() && !wording(t).empty()) obj.set(key, wording(t));
}

/// Set `key` to true or false when the file gave the value.
inline void put(TemplateData& obj, const std::string& key, const Field<bool>& b) {
  if (b.ok()) obj.set(key, b.value);
}

/// Set `key` to a list of strings, and `has_<key>` to true, when the list is not empty.
inline void put(TemplateData& obj, const std::string& key, const TextList& list) {
  TemplateData out(TemplateData::type::list);
  for (const auto& t : list)
    if (t.ok() && !wording(t).empty()) out.push_back(wording(t));
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
