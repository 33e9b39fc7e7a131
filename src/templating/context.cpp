#include "templating/context.hpp"

#include <regex>

#include "templating/context_helpers.hpp"

namespace plainly {

thread_local bool ctx::easy_read_wording = false;

namespace {
// Sets ctx::easy_read_wording for one build_context call, and puts it back after.
class WordingFor {
 public:
  explicit WordingFor(bool easy_read) : saved_(ctx::easy_read_wording) { ctx::easy_read_wording = easy_read; }
  ~WordingFor() { ctx::easy_read_wording = saved_; }
  WordingFor(const WordingFor&) = delete;
  WordingFor& operator=(const WordingFor&) = delete;

 private:
  bool saved_;
};
}  // namespace

using ctx::flag;
using ctx::put;

static TemplateData organisation_context(const Organisation& o) {
  TemplateData d;
  put(d, "name", o.name);
  put(d, "address", o.address);
  return d;
}

static TemplateData contact_context(const Contact& c) {
  TemplateData d;
  put(d, "name", c.name);
  put(d, "role", c.role);
  put(d, "phone", c.phone);
  put(d, "email", c.email);
  put(d, "hours", c.hours);
  return d;
}

static TemplateData outputs_context(const std::vector<Output>& outputs) {
  TemplateData list(TemplateData::type::list);
  for (const auto& o : outputs) {
    TemplateData d;
    put(d, "what", o.what);
    put(d, "who_sees", o.who_sees);
    put(d, "public", o.is_public);
    put(d, "sold", o.sold);
    list.push_back(d);
  }
  return list;
}

// formats_offered: [large-print, easy-read] -> formats.large_print, formats.easy_read, ...
static void add_formats(TemplateData& d, const TextList& formats) {
  TemplateData flags;
  bool any = false;
  for (const auto& f : formats) {
    if (!f.ok()) continue;
    std::string key = f.value;
    for (auto& c : key)
      if (c == '-') c = '_';
    flags.set(key, true);
    any = true;
  }
  if (any) {
    d.set("formats", flags);
    d.set("has_formats", true);
  }
}

static TemplateData project_context(const ProjectInfo& p) {
  TemplateData d;
  put(d, "title", p.title);
  put(d, "summary", p.summary);
  put(d, "goals", p.goals);
  if (!p.outputs.empty()) {
    d.set("outputs", outputs_context(p.outputs));
    d.set("has_outputs", true);
  }
  flag(d, "consultation", p.level, "consultation");
  flag(d, "participation", p.level, "participation");
  flag(d, "co_production", p.level, "co-production");
  add_formats(d, p.formats_offered);
  flag(d, "one_off", p.term, "one-off");
  flag(d, "project_term", p.term, "project");
  flag(d, "ongoing", p.term, "ongoing-role");
  return d;
}

static bool real_date(const Date& d) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days[d.month - 1]) return false;
  bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  return d.month != 2 || d.day < 29 || leap;
}

// Free text such as "2028-03-31, when the project ends": write its dates in full.
static Text dates_in_full(Text t, const Formatter& f) {
  static const std::regex iso(R"(\b(\d{4})-(\d{2})-(\d{2})\b)");
  std::string out;
  auto begin = t.value.cbegin();
  for (std::sregex_iterator it(t.value.begin(), t.value.end(), iso), end; it != end; ++it) {
    const std::smatch& m = *it;
    Date d{std::stoi(m[1].str()), std::stoi(m[2].str()), std::stoi(m[3].str())};
    out.append(begin, m[0].first);
    out += real_date(d) ? f.date(d) : m[0].str();
    begin = m[0].second;
  }
  out.append(begin, t.value.cend());
  t.value = out;
  return t;
}

// True when free text starts with a date ("2028-03-31, when ..."), so templates can say
// "until" before it.
static bool starts_with_date(const Text& t) {
  static const std::regex iso(R"(^\d{4}-\d{2}-\d{2}\b.*)");
  return t.ok() && std::regex_match(t.value, iso);
}

static TemplateData use_context(const ConsentUse& u, const ConsentItem& item, const Formatter& f) {
  TemplateData d;
  put(d, "item_what", item.what);
  put(d, "who_sees", u.who_sees);
  put(d, "public", u.is_public);
  put(d, "sold", u.sold);
  put(d, "kept_until", dates_in_full(u.kept_until, f));
  if (starts_with_date(u.kept_until)) d.set("kept_until_date", true);
  return d;
}

static TemplateData consent_item_context(const ConsentItem& c, const Formatter& f) {
  TemplateData d;
  put(d, "id", c.id);
  put(d, "what", c.what);
  put(d, "why", c.why);
  bool optional = c.optional.present && c.optional.value;
  d.set("optional", optional);
  d.set("required", !optional);
  TemplateData uses(TemplateData::type::list);
  for (const auto& u : c.uses) uses.push_back(use_context(u, c, f));
  if (!c.uses.empty()) d.set("uses", uses);
  // Each use is its own yes-or-no choice; with one use, the item's question is that choice.
  d.set(c.uses.size() > 1 ? "many_uses" : "single_choice", true);
  put(d, "withdraw_how", c.withdraw_how);
  put(d, "withdraw_until", dates_in_full(c.withdraw_until, f));
  if (starts_with_date(c.withdraw_until)) d.set("withdraw_until_date", true);
  return d;
}

static void add_consent(TemplateData& root, const std::vector<ConsentItem>& items,
                        const Formatter& f) {
  TemplateData list(TemplateData::type::list);
  bool any_optional = false;
  for (const auto& c : items) {
    list.push_back(consent_item_context(c, f));
    any_optional = any_optional || (c.optional.present && c.optional.value);
  }
  root.set("consent", list);
  root.set("has_consent", !items.empty());
  root.set("has_optional_consent", any_optional);
}

static TemplateData person_context(const Person& p) {
  TemplateData d;
  put(d, "name", p.name);
  put(d, "address", p.address);
  return d;
}

TemplateData build_context(const ContextRequest& request, const Formatter& format) {
  const Definitions& defs = *request.definitions;
  WordingFor wording(request.style == "easy-read");
  TemplateData root;
  if (request.today) root.set("today", format.date(*request.today));
  root.set("organisation", organisation_context(defs.organisation));
  root.set("contact", contact_context(defs.contact));
  root.set("project", project_context(defs.project));
  if (request.role) root.set("role", role_context(*request.role, format));
  add_consent(root, defs.consent, format);
  root.set("personal", false);
  root.set("review", request.kind == "consent-review");
  if (request.person) add_person(root, *request.person);
  return root;
}

void add_person(TemplateData& context, const Person& person) {
  context.set("personal", true);
  context.set("person", person_context(person));
}

}  // namespace plainly
