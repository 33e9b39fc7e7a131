// Validating each role: the facts an advert and an offer need (DESIGN section 4).
#include <set>

#include "definitions/checks.hpp"
#include "definitions/load.hpp"
#include "definitions/values.hpp"

namespace plainly {

namespace {

bool is_paid(const Role& r) {
  return r.pay.kind.ok() && (r.pay.kind.value == "paid" || r.pay.kind.value == "voucher");
}

void check_what(Checks& c, const Role& r, const std::string& p) {
  c.require(r.title, p + ".title");
  c.require(r.summary, p + ".summary");
  c.require_list(r.tasks, p + ".tasks");
  if (c.require_list(r.input, p + ".input"))
    for (size_t i = 0; i < r.input.size(); ++i) c.one_of(r.input[i], p + ".input[" + std::to_string(i) + "]");
  if (r.experience_direct.empty() && r.experience_indirect.empty()) {
    std::string ep = p + ".experience";
    if (!c.has_key(ep)) c.missing(ep);
    else c.problem(c.key_pos(ep), 1, ep, "say what lived experience the role needs, under direct or indirect.",
                   Checks::example_text(ep + ".direct"));
  }
}

void check_where(Checks& c, const Role& r, const std::string& p) {
  const Where& w = r.where;
  if (!c.require(w.mode, p + ".mode") || !c.one_of(w.mode, p + ".mode")) return;
  if (w.mode.value != "remote") {
    c.require(w.place, p + ".place");
    c.require(w.access, p + ".access");
  }
  if (w.mode.value != "in-person") c.require(w.remote_how, p + ".remote_how");
}

void check_pay(Checks& c, const Role& r, const std::string& rp) {
  const std::string p = rp + ".pay";
  const Pay& pay = r.pay;
  if (!c.require(pay.kind, p + ".kind") || !c.one_of(pay.kind, p + ".kind")) return;
  if (!is_paid(r)) return;
  if (c.require(pay.rate, p + ".rate") && pay.rate.value.minor <= 0)
    c.problem(pay.rate.pos, 1, p + ".rate", "the rate must be more than nothing.", Checks::example_text(p + ".rate"));
  if (c.require(pay.per, p + ".per")) c.one_of(pay.per, p + ".per");
  c.require(pay.how, p + ".how");
  if (c.require(pay.within_days, p + ".within_days") && (pay.within_days.value < 1 || pay.within_days.value > 92))
    c.problem(pay.within_days.pos, 1, p + ".within_days", "the number of days must be between 1 and 92.",
              Checks::example_text(p + ".within_days"));
  c.require(r.benefits_advice, rp + ".benefits.advice");
  c.require(r.tax_status, rp + ".tax.status");
}

void check_expenses(Checks& c, const Role& r, const std::string& rp) {
  const std::string p = rp + ".expenses";
  const Expenses& e = r.expenses;
  // An explicit empty list (covered: []) says plainly that no expenses are covered.
  if (!c.has_key(p + ".covered")) {
    c.missing(p + ".covered");
    return;
  }
  if (e.covered.empty()) return;
  c.require(e.how_to_claim, p + ".how_to_claim");
  if (c.require(e.paid_within_days, p + ".paid_within_days") &&
      (e.paid_within_days.value < 1 || e.paid_within_days.value > 92))
    c.problem(e.paid_within_days.pos, 1, p + ".paid_within_days", "the number of days must be between 1 and 92.",
              Checks::example_text(p + ".paid_within_days"));
}

void check_support(Checks& c, const Role& r, const std::string& rp) {
  const std::string p = rp + ".support.wellbeing_checks";
  // An explicit empty list (wellbeing_checks: []) says there are none.
  if (!c.has_key(p)) c.missing(p);
  for (size_t i = 0; i < r.support.wellbeing_checks.size(); ++i)
    c.one_of(r.support.wellbeing_checks[i], p + "[" + std::to_string(i) + "]");
}

// The first day of work: reply-by and apply-by dates must come before it.
std::optional<Date> first_day(const Role& r) {
  std::optional<Date> first;
  for (const auto& s : r.sessions)
    if (s.date.ok() && (!first || s.date.value < *first)) first = s.date.value;
  if (r.pattern.from.ok() && (!first || r.pattern.from.value < *first)) first = r.pattern.from.value;
  return first;
}

void check_deadline(Checks& c, const Role& r, const Field<Date>& f, const std::string& key_path,
                    const std::string& what) {
  if (!c.require(f, key_path)) return;
  c.not_past(f, key_path);
  auto first = first_day(r);
  if (first && f.value > *first)
    c.problem(f.pos, 10, key_path, "the " + what + " date is after the first session on " + format_iso_date(*first) + ".",
              "Choose a date before the work starts.");
}

void check_dates(Checks& c, const Role& r, const std::string& p) {
  check_deadline(c, r, r.apply_by, p + ".apply_by", "apply-by");
  check_deadline(c, r, r.reply_by, p + ".reply_by", "reply-by");
  if (r.apply_by.ok() && r.reply_by.ok() && r.reply_by.value < r.apply_by.value)
    c.problem(r.reply_by.pos, 10, p + ".reply_by",
              "the reply-by date is before the apply-by date (" + format_iso_date(r.apply_by.value) + ").",
              "People reply to an offer after they apply, so choose a later date.");
}

void check_role(Checks& c, const Role& r, std::set<std::string>& ids) {
  const std::string& p = r.key_path;
  if (c.require(r.id, p + ".id")) {
    if (!is_valid_id(r.id.value))
      c.problem(r.id.pos, 1, p + ".id", "an id is lower-case words joined by hyphens, with no spaces.",
                Checks::example_text(p + ".id"));
    else if (!ids.insert(r.id.value).second)
      c.problem(r.id.pos, static_cast<int>(r.id.value.size()), p + ".id", "another role has the same id.",
                "Give each role its own id.");
  }
  check_what(c, r, p);
  check_where(c, r, p + ".where");
  check_schedule(c, r);
  check_pay(c, r, p);
  check_expenses(c, r, p);
  check_support(c, r, p);
  check_dates(c, r, p);
  c.require(r.how_to_apply, p + ".how_to_apply");
  c.require(r.cancellation, p + ".cancellation");
}

}  // namespace

void check_roles(Checks& c) {
  if (!c.require_list(c.d.roles, "roles")) return;
  std::set<std::string> ids;
  for (const auto& r : c.d.roles) check_role(c, r, ids);
}

}  // namespace plainly
