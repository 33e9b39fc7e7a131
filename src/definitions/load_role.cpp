// Loading the `roles:` list (see load.cpp for the rest of the file).
#include <set>

#include "definitions/load.hpp"
#include "definitions/placeholders.hpp"
#include "definitions/yaml_reader.hpp"

namespace plainly {

namespace {

std::string role_path(const YAML::Node& item, size_t index, std::set<std::string>& used_ids) {
  YAML::Node id = YamlReader::child(item, "id");
  if (id.IsDefined() && id.IsScalar() && is_valid_id(id.Scalar()) && !find_placeholder(id.Scalar()) &&
      used_ids.insert(id.Scalar()).second)
    return "roles[" + id.Scalar() + "]";
  return "roles[" + std::to_string(index) + "]";
}

void load_where(YamlReader& r, const YAML::Node& n, const std::string& p, Where& w) {
  r.group(n, p);
  w.mode = r.text(n, p, "mode");
  w.place = r.text(n, p, "place");
  w.access = r.text(n, p, "access");
  w.remote_how = r.text(n, p, "remote_how");
}

void load_sessions(YamlReader& r, const YAML::Node& role, const std::string& rp, Role& out) {
  auto items = r.list(role, rp, "sessions");
  for (size_t i = 0; i < items.size(); ++i) {
    std::string p = rp + ".sessions[" + std::to_string(i) + "]";
    r.group(items[i], p);
    Session s;
    s.date = r.date(items[i], p, "date");
    s.start = r.time(items[i], p, "start");
    s.end = r.time(items[i], p, "end");
    s.what = r.text(items[i], p, "what");
    if (!s.date.present) s.date.pos = items[i].IsNull() ? r.parent_pos(rp + ".sessions") : r.pos(items[i]);
    out.sessions.push_back(s);
  }
}

void load_pattern(YamlReader& r, const YAML::Node& n, const std::string& p, RepeatPattern& pat) {
  if (!n.IsDefined()) return;
  pat.present = true;
  pat.pos = r.parent_pos(p);
  r.group(n, p);
  pat.every = r.text(n, p, "every");
  pat.day = r.text(n, p, "day");
  pat.start = r.time(n, p, "start");
  pat.end = r.time(n, p, "end");
  pat.from = r.date(n, p, "from");
  pat.until = r.date(n, p, "until");
  pat.except = r.date_list(n, p, "except");
  pat.what = r.text(n, p, "what");
}

void load_money_matters(YamlReader& r, const YAML::Node& role, const std::string& rp, Role& out) {
  YAML::Node pay = YamlReader::child(role, "pay");
  std::string p = rp + ".pay";
  r.group(pay, p);
  out.pay.kind = r.text(pay, p, "kind");
  out.pay.rate = r.money(pay, p, "rate");
  out.pay.per = r.text(pay, p, "per");
  out.pay.how = r.text(pay, p, "how");
  out.pay.within_days = r.whole_number(pay, p, "within_days");
  out.pay.can_decline = r.yes_no(pay, p, "can_decline");
  YAML::Node ex = YamlReader::child(role, "expenses");
  p = rp + ".expenses";
  r.group(ex, p);
  out.expenses.covered = r.text_list(ex, p, "covered");
  out.expenses.not_covered = r.text_list(ex, p, "not_covered");
  out.expenses.how_to_claim = r.text(ex, p, "how_to_claim");
  out.expenses.paid_within_days = r.whole_number(ex, p, "paid_within_days");
  out.expenses.paid_in_advance_on_request = r.yes_no(ex, p, "paid_in_advance_on_request");
  YAML::Node benefits = YamlReader::child(role, "benefits");
  r.group(benefits, rp + ".benefits");
  out.benefits_advice = r.text(benefits, rp + ".benefits", "advice");
  YAML::Node tax = YamlReader::child(role, "tax");
  r.group(tax, rp + ".tax");
  out.tax_status = r.text(tax, rp + ".tax", "status");
}

void load_time_and_support(YamlReader& r, const YAML::Node& role, const std::string& rp, Role& out) {
  YAML::Node time = YamlReader::child(role, "time");
  std::string p = rp + ".time";
  r.group(time, p);
  out.time.total_hours = r.hours(time, p, "total_hours");
  out.time.preparation_hours = r.hours(time, p, "preparation_hours");
  out.time.preparation_paid = r.yes_no(time, p, "preparation_paid");
  YAML::Node support = YamlReader::child(role, "support");
  p = rp + ".support";
  r.group(support, p);
  out.support.adjustments = r.text_list(support, p, "adjustments");
  out.support.wellbeing_checks = r.text_list(support, p, "wellbeing_checks");
  out.support.training = r.text(support, p, "training");
}

Role load_role(YamlReader& r, const YAML::Node& n, const std::string& p) {
  Role role;
  role.key_path = p;
  r.group(n, p);
  role.pos = n.IsNull() ? r.parent_pos("roles") : r.pos(n);
  role.id = r.text(n, p, "id");
  role.title = r.text(n, p, "title");
  role.summary = r.text(n, p, "summary");
  role.tasks = r.text_list(n, p, "tasks");
  role.input = r.text_list(n, p, "input");
  YAML::Node exp = YamlReader::child(n, "experience");
  r.group(exp, p + ".experience");
  role.experience_direct = r.text_list(exp, p + ".experience", "direct");
  role.experience_indirect = r.text_list(exp, p + ".experience", "indirect");
  load_where(r, YamlReader::child(n, "where"), p + ".where", role.where);
  load_sessions(r, n, p, role);
  load_pattern(r, YamlReader::child(n, "pattern"), p + ".pattern", role.pattern);
  load_time_and_support(r, n, p, role);
  load_money_matters(r, n, p, role);
  role.reply_by = r.date(n, p, "reply_by");
  role.apply_by = r.date(n, p, "apply_by");
  role.how_to_apply = r.text(n, p, "how_to_apply");
  role.cancellation = r.text(n, p, "cancellation");
  return role;
}

}  // namespace

void load_roles(YamlReader& r, const YAML::Node& root, Definitions& d) {
  auto items = r.list(root, "", "roles");
  std::set<std::string> ids;
  for (size_t i = 0; i < items.size(); ++i) d.roles.push_back(load_role(r, items[i], role_path(items[i], i, ids)));
}

}  // namespace plainly
