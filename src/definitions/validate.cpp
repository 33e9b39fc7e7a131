#include "definitions/validate.hpp"

#include <algorithm>

#include "core/spellcheck.hpp"
#include "definitions/checks.hpp"
#include "definitions/load.hpp"
#include "definitions/schema.hpp"
#include "definitions/values.hpp"

namespace plainly {

void Checks::problem(SourcePos pos, int length, const std::string& key_path, const std::string& message,
                     const std::string& example) {
  out_.push_back(src_.diagnostic(pos, length, key_path, message, example));
}

std::string Checks::example_text(const std::string& key_path) { return example_for(key_path); }

SourcePos Checks::key_pos(const std::string& key_path) const {
  std::string p = key_path;
  while (!p.empty()) {
    auto it = d.keys.find(p);
    if (it != d.keys.end()) return it->second;
    size_t cut = p.find_last_of(".[");
    p = cut == std::string::npos ? "" : p.substr(0, cut);
  }
  return SourcePos{1, 1};
}

void Checks::missing(const std::string& key_path) {
  problem(key_pos(key_path), 1, key_path, "this is missing.", example_for(key_path));
}

bool Checks::one_of(const Text& t, const std::string& key_path) {
  if (!t.ok()) return false;
  const auto& allowed = allowed_values(key_path);
  if (allowed.empty() || std::find(allowed.begin(), allowed.end(), t.value) != allowed.end()) return true;
  std::string list;
  for (size_t i = 0; i < allowed.size(); ++i)
    list += (i == 0 ? "" : i + 1 == allowed.size() ? " or " : ", ") + allowed[i];
  std::string hint = closest_match(t.value, allowed);
  problem(t.pos, static_cast<int>(t.value.size()), key_path, "\"" + t.value + "\" is not one of the choices: " + list + ".",
          hint.empty() ? example_for(key_path) : "Did you mean \"" + hint + "\"?");
  return false;
}

void Checks::not_past(const Field<Date>& f, const std::string& key_path) {
  if (!f.ok() || !opts.today || !(f.value < *opts.today)) return;
  problem(f.pos, 10, key_path, format_iso_date(f.value) + " is in the past (today is " + format_iso_date(*opts.today) + ").",
          "Check the year, or choose a later date.");
}

namespace {

void check_top(Checks& c) {
  const Definitions& d = c.d;
  if (c.require(d.version, "version") && d.version.value != 1)
    c.problem(d.version.pos, 1, "version", "plainly reads version 1 files only.", "For example: version: 1");
  c.one_of(d.locale, "locale");
  c.require(d.organisation.name, "organisation.name");
  c.require(d.organisation.address, "organisation.address");
}

void check_contact(Checks& c) {
  const Contact& ct = c.d.contact;
  c.require(ct.name, "contact.name");
  if (!ct.phone.present && !ct.email.present)
    c.problem(c.key_pos("contact"), 1, "contact", "give a phone number or an email address, or both.",
              "For example: phone: 0113 496 0123");
  if (ct.email.ok() && (ct.email.value.find('@') == std::string::npos || ct.email.value.find(' ') != std::string::npos))
    c.problem(ct.email.pos, static_cast<int>(ct.email.value.size()), "contact.email", "this is not an email address.",
              example_for("contact.email"));
  if (ct.phone.ok()) {
    int digits = 0;
    for (char ch : ct.phone.value) digits += (ch >= '0' && ch <= '9');
    if (digits < 10 || ct.phone.value.find_first_not_of("0123456789 +()-") != std::string::npos)
      c.problem(ct.phone.pos, static_cast<int>(ct.phone.value.size()), "contact.phone",
                "this is not a full phone number with its area code.", example_for("contact.phone"));
  }
}

void check_project(Checks& c) {
  const ProjectInfo& p = c.d.project;
  if (c.require(p.id, "project.id") && !is_valid_id(p.id.value))
    c.problem(p.id.pos, 1, "project.id", "an id is lower-case words joined by hyphens, with no spaces.",
              example_for("project.id"));
  c.require(p.title, "project.title");
  c.require(p.summary, "project.summary");
  for (const char* key : {"purpose", "level", "term"}) {
    const Text& t = key[0] == 'p' ? p.purpose : key[0] == 'l' ? p.level : p.term;
    if (c.require(t, std::string("project.") + key)) c.one_of(t, std::string("project.") + key);
  }
  c.require_list(p.goals, "project.goals");
  for (size_t i = 0; i < p.outputs.size(); ++i) {
    std::string op = "project.outputs[" + std::to_string(i) + "]";
    c.require(p.outputs[i].what, op + ".what");
    c.require(p.outputs[i].who_sees, op + ".who_sees");
    c.require(p.outputs[i].is_public, op + ".public");
    c.require(p.outputs[i].sold, op + ".sold");
  }
  if (c.require_list(p.formats_offered, "project.formats_offered"))
    for (size_t i = 0; i < p.formats_offered.size(); ++i)
      c.one_of(p.formats_offered[i], "project.formats_offered[" + std::to_string(i) + "]");
}

void check_person(Checks& c, const Person& person, const std::vector<std::string>& role_ids) {
  const std::string& p = person.key_path;
  c.require(person.name, p + ".name");
  if (c.require(person.role, p + ".role") && !role_ids.empty() &&
      std::find(role_ids.begin(), role_ids.end(), person.role.value) == role_ids.end()) {
    std::string hint = closest_match(person.role.value, role_ids);
    c.problem(person.role.pos, static_cast<int>(person.role.value.size()), p + ".role",
              "\"" + person.role.value + "\" is not the id of a role in this file.",
              hint.empty() ? "Use one of the role ids, like: role: " + role_ids[0] : "Did you mean \"" + hint + "\"?");
  }
  c.one_of(person.format, p + ".needs.format");
  if (person.size.ok() && (person.size.value < 12 || person.size.value > 72))
    c.problem(person.size.pos, 1, p + ".needs.size", "a print size must be between 12 and 72 points.",
              example_for(p + ".needs.size"));
  else if (person.size.ok() && person.format.ok() && person.format.value == "large-print" && person.size.value < 16)
    c.problem(person.size.pos, 1, p + ".needs.size", "large print is at least 16 points.", example_for(p + ".needs.size"));
}

void check_people(Checks& c) {
  std::vector<std::string> role_ids;
  for (const auto& r : c.d.roles)
    if (r.id.ok()) role_ids.push_back(r.id.value);
  for (const auto& person : c.d.people) check_person(c, person, role_ids);
}

void check_free_text(Checks& c, std::vector<Diagnostic>& out) {
  if (!c.opts.text_checker) return;
  for (const auto& field : free_text_fields(c.d)) {
    auto found = c.opts.text_checker(c.d, field);
    out.insert(out.end(), found.begin(), found.end());
  }
}

}  // namespace

std::vector<Diagnostic> validate(const Definitions& d, const ValidateOptions& options) {
  std::vector<Diagnostic> out = d.value_problems;
  Checks c(d, options, out);
  check_top(c);
  check_contact(c);
  check_project(c);
  check_roles(c);
  check_consent(c);
  check_people(c);
  check_pictures(c);
  check_free_text(c, out);
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.column < b.pos.column;
  });
  return out;
}

}  // namespace plainly
