// The role part of the template context: what, where, when, pay, expenses and support.
#include <chrono>
#include <cmath>

#include "templating/context_helpers.hpp"

namespace plainly {

using ctx::flag;
using ctx::put;

static bool has_value(const TextList& list, const std::string& wanted) {
  for (const auto& t : list)
    if (t.ok() && t.value == wanted) return true;
  return false;
}

static void add_what(TemplateData& d, const Role& r) {
  put(d, "id", r.id);
  put(d, "title", r.title);
  put(d, "summary", r.summary);
  put(d, "tasks", r.tasks);
  if (has_value(r.input, "opinion")) d.set("asks_opinion", true);
  if (has_value(r.input, "personal-story")) d.set("asks_story", true);
  if (has_value(r.input, "task")) d.set("asks_task", true);
  put(d, "experience_direct", r.experience_direct);
  put(d, "experience_indirect", r.experience_indirect);
  if (d.get("has_experience_direct") || d.get("has_experience_indirect")) d.set("has_experience", true);
}

static void add_where(TemplateData& d, const Where& w) {
  flag(d, "in_person", w.mode, "in-person");
  flag(d, "remote", w.mode, "remote");
  flag(d, "either", w.mode, "either");
  put(d, "place", w.place);
  put(d, "access", w.access);
  put(d, "remote_how", w.remote_how);
}

static TemplateData session_context(const Session& s, const Formatter& f) {
  TemplateData d;
  if (s.date.ok()) d.set("date", f.date(s.date.value));
  if (s.start.ok()) d.set("start", f.time(s.start.value));
  if (s.end.ok()) d.set("end", f.time(s.end.value));
  if (s.start.ok() && s.end.ok())
    d.set("length", f.minutes(s.end.value.minutes() - s.start.value.minutes()));
  put(d, "what", s.what);
  return d;
}

static std::chrono::sys_days to_days(const Date& d) {
  using namespace std::chrono;
  return sys_days{year{d.year} / month{static_cast<unsigned>(d.month)} / day{static_cast<unsigned>(d.day)}};
}

// The dates of a repeating pattern: from `from` to `until`, every 7 or 14 days,
// leaving out the exceptions.
static std::vector<Date> pattern_dates(const RepeatPattern& p) {
  std::vector<Date> out;
  if (!p.from.ok() || !p.until.ok()) return out;
  int step = p.every.ok() && p.every.value == "fortnight" ? 14 : 7;
  for (auto day = to_days(p.from.value); day <= to_days(p.until.value); day += std::chrono::days{step}) {
    std::chrono::year_month_day ymd{day};
    Date d{int(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day()))};
    bool skipped = false;
    for (const auto& e : p.except) skipped = skipped || (e.ok() && e.value == d);
    if (!skipped) out.push_back(d);
    if (out.size() > 5000) break;  // a pattern over more than a century is a typo
  }
  return out;
}

static size_t session_total(const Role& r) {
  return r.sessions.size() + (r.pattern.present ? pattern_dates(r.pattern).size() : 0);
}

static TemplateData pattern_context(const RepeatPattern& p, const Formatter& f) {
  TemplateData d;
  flag(d, "weekly", p.every, "week");
  flag(d, "fortnightly", p.every, "fortnight");
  if (p.from.ok()) d.set("day", f.weekday(p.from.value));
  if (p.start.ok()) d.set("start", f.time(p.start.value));
  if (p.end.ok()) d.set("end", f.time(p.end.value));
  if (p.start.ok() && p.end.ok())
    d.set("length", f.minutes(p.end.value.minutes() - p.start.value.minutes()));
  if (p.from.ok()) d.set("from", f.date(p.from.value));
  if (p.until.ok()) d.set("until", f.date(p.until.value));
  TemplateData except(TemplateData::type::list);
  for (const auto& e : p.except)
    if (e.ok()) except.push_back(f.date(e.value));
  if (!except.is_empty_list()) {
    d.set("except", except);
    d.set("has_except", true);
  }
  auto dates = pattern_dates(p);
  if (!dates.empty()) {
    d.set("session_count", f.count(static_cast<long>(dates.size()), "sessions"));
    d.set("meeting_count", f.count(static_cast<long>(dates.size()), "meetings"));
    d.set("last", f.date(dates.back()));
  }
  put(d, "what", p.what);
  return d;
}

static void add_when(TemplateData& d, const Role& r, const Formatter& f) {
  if (r.pattern.present) d.set("pattern", pattern_context(r.pattern, f));
  TemplateData list(TemplateData::type::list);
  for (const auto& s : r.sessions) list.push_back(session_context(s, f));
  if (!r.sessions.empty()) {
    d.set("sessions", list);
    d.set("has_sessions", true);
    d.set("session_count", f.count(static_cast<long>(r.sessions.size()), "sessions"));
    d.set("meeting_count", f.count(static_cast<long>(r.sessions.size()), "meetings"));
    d.set(r.sessions.size() == 1 ? "one_session" : "many_sessions", true);
  }
  if (r.time.total_hours.ok()) d.set("total_time", f.hours(r.time.total_hours.value));
  if (r.time.preparation_hours.ok() && r.time.preparation_hours.value > 0) {
    d.set("preparation_time", f.hours(r.time.preparation_hours.value));
    bool paid = r.time.preparation_paid.ok() && r.time.preparation_paid.value;
    d.set(paid ? "preparation_paid" : "preparation_unpaid", true);
  }
  if (r.reply_by.ok()) d.set("reply_by", f.date(r.reply_by.value));
  if (r.apply_by.ok()) d.set("apply_by", f.date(r.apply_by.value));
}

// The total pay, when the rate's unit makes it exact: per hour (times total hours, with
// preparation when it is paid) or per session (times the number of sessions).
static std::optional<Money> total_pay(const Role& r) {
  const Pay& p = r.pay;
  if (!p.rate.ok() || !p.per.ok()) return std::nullopt;
  double units = 0;
  if (p.per.value == "hour" && r.time.total_hours.ok()) {
    units = r.time.total_hours.value;
    if (r.time.preparation_paid.ok() && r.time.preparation_paid.value &&
        r.time.preparation_hours.ok())
      units += r.time.preparation_hours.value;
  } else if (p.per.value == "session") {
    units = static_cast<double>(session_total(r));
  }
  if (units <= 0) return std::nullopt;
  Money m = p.rate.value;
  m.minor = static_cast<std::int64_t>(std::llround(static_cast<double>(m.minor) * units));
  return m;
}

static void add_pay(TemplateData& d, const Role& r, const Formatter& f) {
  const Pay& p = r.pay;
  flag(d, "paid", p.kind, "paid");
  flag(d, "voucher", p.kind, "voucher");
  flag(d, "unpaid", p.kind, "unpaid");
  if (p.rate.ok()) d.set("rate", f.money(p.rate.value));
  flag(d, "per_hour", p.per, "hour");
  flag(d, "per_half_day", p.per, "half-day");
  flag(d, "per_day", p.per, "day");
  flag(d, "per_session", p.per, "session");
  if (auto total = total_pay(r)) d.set("pay_total", f.money(*total));
  put(d, "pay_how", p.how);
  if (p.within_days.ok()) d.set("pay_within", f.count(p.within_days.value, "days"));
  put(d, "can_decline", p.can_decline);
}

static void add_expenses(TemplateData& d, const Expenses& e, const Formatter& f) {
  put(d, "expenses_covered", e.covered);
  put(d, "expenses_not_covered", e.not_covered);
  put(d, "expenses_how", e.how_to_claim);
  if (e.paid_within_days.ok())
    d.set("expenses_within", f.count(e.paid_within_days.value, "days"));
  put(d, "expenses_advance", e.paid_in_advance_on_request);
}

static void add_support(TemplateData& d, const Role& r) {
  put(d, "benefits_advice", r.benefits_advice);
  put(d, "tax_status", r.tax_status);
  // The two common arrangements get a full sentence from the templates; any other
  // wording is the organisation's own and is shown as written.
  const std::string& tax = r.tax_status.value;
  if (tax == "self-employed") {
    d.set("tax_self_employed", true);
  } else if (tax == "payroll") {
    d.set("tax_payroll", true);
  } else {
    put(d, "tax_other", r.tax_status);
  }
  put(d, "adjustments", r.support.adjustments);
  const TextList& checks = r.support.wellbeing_checks;
  bool before = has_value(checks, "before"), after = has_value(checks, "after");
  bool follow_up = has_value(checks, "follow-up");
  if (before) d.set("wellbeing_before", true);
  if (after) d.set("wellbeing_after", true);
  if (follow_up) d.set("wellbeing_follow_up", true);
  if (before || after || follow_up) d.set("has_wellbeing", true);
  put(d, "training", r.support.training);
  put(d, "how_to_apply", r.how_to_apply);
  put(d, "cancellation", r.cancellation);
}

TemplateData role_context(const Role& role, const Formatter& format) {
  TemplateData d;
  add_what(d, role);
  add_where(d, role.where);
  add_when(d, role, format);
  add_pay(d, role, format);
  add_expenses(d, role.expenses, format);
  add_support(d, role);
  return d;
}

}  // namespace plainly
