// The free-text fields a person reads, for the language checker.
#include <algorithm>

#include "definitions/validate.hpp"

namespace plainly {

namespace {

struct Collector {
  std::vector<TextField> out;
  void add(const std::string& path, const Text& t) {
    if (t.ok()) out.push_back({path, &t});
    if (t.easy_read.ok()) out.push_back({path + ".easy_read", &t.easy_read, true});
  }
  void add_list(const std::string& path, const TextList& list) {
    for (size_t i = 0; i < list.size(); ++i) add(path + "[" + std::to_string(i) + "]", list[i]);
  }
};

void add_role(Collector& c, const Role& r) {
  const std::string& p = r.key_path;
  c.add(p + ".title", r.title);
  c.add(p + ".summary", r.summary);
  c.add_list(p + ".tasks", r.tasks);
  c.add_list(p + ".experience.direct", r.experience_direct);
  c.add_list(p + ".experience.indirect", r.experience_indirect);
  c.add(p + ".where.access", r.where.access);
  c.add(p + ".where.remote_how", r.where.remote_how);
  for (size_t i = 0; i < r.sessions.size(); ++i) c.add(p + ".sessions[" + std::to_string(i) + "].what", r.sessions[i].what);
  c.add(p + ".pattern.what", r.pattern.what);
  c.add(p + ".pay.how", r.pay.how);
  c.add_list(p + ".expenses.covered", r.expenses.covered);
  c.add_list(p + ".expenses.not_covered", r.expenses.not_covered);
  c.add(p + ".expenses.how_to_claim", r.expenses.how_to_claim);
  c.add(p + ".benefits.advice", r.benefits_advice);
  c.add(p + ".tax.status", r.tax_status);
  c.add_list(p + ".support.adjustments", r.support.adjustments);
  c.add(p + ".support.training", r.support.training);
  c.add(p + ".how_to_apply", r.how_to_apply);
  c.add(p + ".cancellation", r.cancellation);
}

void add_consent(Collector& c, const ConsentItem& item) {
  const std::string& p = item.key_path;
  c.add(p + ".what", item.what);
  c.add(p + ".why", item.why);
  for (size_t i = 0; i < item.uses.size(); ++i) {
    std::string up = p + ".uses[" + std::to_string(i) + "]";
    c.add(up + ".who_sees", item.uses[i].who_sees);
    c.add(up + ".kept_until", item.uses[i].kept_until);
  }
  c.add(p + ".withdraw.how", item.withdraw_how);
  c.add(p + ".withdraw.until", item.withdraw_until);
}

}  // namespace

std::vector<TextField> free_text_fields(const Definitions& d) {
  Collector c;
  c.add("contact.hours", d.contact.hours);
  c.add("project.title", d.project.title);
  c.add("project.summary", d.project.summary);
  c.add_list("project.goals", d.project.goals);
  for (size_t i = 0; i < d.project.outputs.size(); ++i) {
    std::string op = "project.outputs[" + std::to_string(i) + "]";
    c.add(op + ".what", d.project.outputs[i].what);
    c.add(op + ".who_sees", d.project.outputs[i].who_sees);
  }
  for (const auto& r : d.roles) add_role(c, r);
  for (const auto& item : d.consent) add_consent(c, item);
  for (const auto& picture : d.pictures) c.add(picture.key_path + ".alt", picture.alt);  // read out by screen readers
  std::stable_sort(c.out.begin(), c.out.end(), [](const TextField& a, const TextField& b) {
    const SourcePos &x = a.field->pos, &y = b.field->pos;
    return x.line != y.line ? x.line < y.line : x.column < y.column;
  });
  return c.out;
}

}  // namespace plainly
