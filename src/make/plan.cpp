#include "make/plan.hpp"

#include <algorithm>
#include <cctype>

#include "core/error.hpp"
#include "core/spellcheck.hpp"

namespace plainly {

const std::vector<std::string>& document_kinds() {
  static const std::vector<std::string> kinds = {"advert", "offer", "consent", "consent-review"};
  return kinds;
}

const std::vector<std::string>& document_styles() {
  static const std::vector<std::string> styles = {"standard", "large-print", "easy-read"};
  return styles;
}

std::string person_slug(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) {
      slug += static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      slug += static_cast<char>(c);  // keep letters such as é as they are
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug.empty() ? "person" : slug;
}

static void check_known(const std::vector<std::string>& asked, const std::vector<std::string>& known,
                        const std::string& option) {
  for (const auto& a : asked) {
    if (std::find(known.begin(), known.end(), a) != known.end()) continue;
    std::string hint = closest_match(a, known);
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    fail_input("plainly make: --" + option + " '" + a + "' is not one plainly knows." +
               (hint.empty() ? "" : " Did you mean '" + hint + "'?") + " Choose from: " + list + ".");
  }
}

static bool wanted(const std::vector<std::string>& asked, const std::string& value) {
  return asked.empty() || std::find(asked.begin(), asked.end(), value) != asked.end();
}

static std::vector<const Role*> chosen_roles(const Definitions& defs, const std::string& id) {
  std::vector<const Role*> roles;
  std::vector<std::string> ids;
  for (const auto& r : defs.roles) {
    ids.push_back(r.id.value);
    if (id.empty() || r.id.value == id) roles.push_back(&r);
  }
  if (!id.empty() && roles.empty()) {
    std::string hint = closest_match(id, ids);
    fail_input("plainly make: there is no role '" + id + "' in " + defs.path + "." +
               (hint.empty() ? "" : " Did you mean '" + hint + "'?"));
  }
  return roles;
}

static void check_person(const Definitions& defs, const std::string& name) {
  if (name.empty()) return;
  std::vector<std::string> names;
  for (const auto& p : defs.people) {
    if (p.name.value == name) return;
    names.push_back(p.name.value);
  }
  std::string hint = closest_match(name, names);
  fail_input("plainly make: there is nobody called '" + name + "' under people: in " + defs.path +
             "." + (hint.empty() ? "" : " Did you mean '" + hint + "'?"));
}

static bool kind_applies(const Definitions& defs, const std::string& kind) {
  return kind == "advert" || kind == "offer" || !defs.consent.empty();
}

static void plan_role(const Definitions& defs, const Role& role, const MakeOptions& o,
                      std::vector<PlannedDocument>& out) {
  std::string dir = o.out_dir + "/" + role.id.value + "/";
  for (const auto& kind : document_kinds()) {
    if (!wanted(o.docs, kind) || !kind_applies(defs, kind)) continue;
    for (const auto& style : document_styles())
      if (wanted(o.styles, style))
        out.push_back({kind, style, &role, nullptr, 0, dir + kind + "." + style});
  }
}

static void plan_person(const Definitions& defs, const Person& p, const Role& role,
                        const MakeOptions& o, std::vector<PlannedDocument>& out) {
  const auto& styles = document_styles();
  bool is_style = std::find(styles.begin(), styles.end(), p.format.value) != styles.end();
  std::string style = is_style ? p.format.value : "standard";
  if (!wanted(o.styles, style)) return;
  std::string dir = o.out_dir + "/" + role.id.value + "/" + person_slug(p.name.value) + "/";
  int size = p.size.present ? p.size.value : 0;
  for (const auto& kind : document_kinds()) {
    if (kind == "advert" || !wanted(o.docs, kind) || !kind_applies(defs, kind)) continue;
    out.push_back({kind, style, &role, &p, size, dir + kind + "." + style});
  }
}

std::vector<PlannedDocument> plan_documents(const Definitions& defs, const MakeOptions& o) {
  check_known(o.docs, document_kinds(), "doc");
  check_known(o.styles, document_styles(), "style");
  check_person(defs, o.person);
  std::vector<PlannedDocument> out;
  for (const Role* role : chosen_roles(defs, o.role)) {
    if (o.person.empty()) plan_role(defs, *role, o, out);
    for (const auto& p : defs.people)
      if (p.role.value == role->id.value && (o.person.empty() || p.name.value == o.person))
        plan_person(defs, p, *role, o, out);
  }
  return out;
}

}  // namespace plainly
