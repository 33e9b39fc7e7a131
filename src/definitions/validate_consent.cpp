// Validating consent items: what is kept, who sees it, for how long, how to withdraw.
#include <set>

#include "definitions/checks.hpp"
#include "definitions/load.hpp"

namespace plainly {

namespace {

void check_use(Checks& c, const ConsentUse& u, const std::string& p) {
  c.require(u.who_sees, p + ".who_sees");
  c.require(u.is_public, p + ".public");
  c.require(u.sold, p + ".sold");
  c.require(u.kept_until, p + ".kept_until");
}

void check_item(Checks& c, const ConsentItem& item, std::set<std::string>& ids) {
  const std::string& p = item.key_path;
  if (c.require(item.id, p + ".id")) {
    if (!is_valid_id(item.id.value))
      c.problem(item.id.pos, 1, p + ".id", "an id is lower-case words joined by hyphens, with no spaces.",
                Checks::example_text(p + ".id"));
    else if (!ids.insert(item.id.value).second)
      c.problem(item.id.pos, static_cast<int>(item.id.value.size()), p + ".id",
                "another consent item has the same id.", "Give each consent item its own id.");
  }
  c.require(item.what, p + ".what");
  c.require(item.why, p + ".why");
  c.require(item.optional, p + ".optional");
  if (c.require_list(item.uses, p + ".uses"))
    for (size_t i = 0; i < item.uses.size(); ++i) check_use(c, item.uses[i], p + ".uses[" + std::to_string(i) + "]");
  c.require(item.withdraw_how, p + ".withdraw.how");
  c.require(item.withdraw_until, p + ".withdraw.until");
}

// A role that asks for a personal story needs consent for how the story is used.
void check_story_consent(Checks& c) {
  if (!c.d.consent.empty()) return;
  for (const auto& r : c.d.roles)
    for (size_t i = 0; i < r.input.size(); ++i)
      if (r.input[i].ok() && r.input[i].value == "personal-story")
        c.problem(r.input[i].pos, 14, r.key_path + ".input[" + std::to_string(i) + "]",
                  "this role asks for a personal story, but the file has no consent items.",
                  "Add a consent item that says how the story is used, who sees it and how long it is kept.");
}

}  // namespace

void check_consent(Checks& c) {
  std::set<std::string> ids;
  for (const auto& item : c.d.consent) check_item(c, item, ids);
  check_story_consent(c);
}

}  // namespace plainly
