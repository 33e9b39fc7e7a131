// Validating when a role's work happens: a list of sessions or a repeating pattern, and
// that time.total_hours agrees with them.
#include <cmath>

#include "definitions/checks.hpp"
#include "definitions/values.hpp"

namespace plainly {

namespace {

// Checks a start and end time; returns the length in minutes, or -1 if unknown or bad.
int check_times(Checks& c, const Field<TimeOfDay>& start, const Field<TimeOfDay>& end, const std::string& p) {
  bool ok = c.require(start, p + ".start");
  ok = c.require(end, p + ".end") && ok;
  if (!ok) return -1;
  if (end.value <= start.value) {
    c.problem(end.pos, 1, p + ".end",
              "the session ends at " + format_24h_time(end.value) + ", which is not after it starts at " +
                  format_24h_time(start.value) + ".",
              "Check the two times; write 2pm as \"14:00\" or \"2pm\".");
    return -1;
  }
  return end.value.minutes() - start.value.minutes();
}

// Total minutes of all sessions, or -1 if any is unknown.
int check_sessions(Checks& c, const Role& r) {
  int total = 0;
  for (size_t i = 0; i < r.sessions.size(); ++i) {
    const Session& s = r.sessions[i];
    std::string p = r.key_path + ".sessions[" + std::to_string(i) + "]";
    if (c.require(s.date, p + ".date")) c.not_past(s.date, p + ".date");
    c.require(s.what, p + ".what");
    int minutes = check_times(c, s.start, s.end, p);
    total = (minutes < 0 || total < 0) ? -1 : total + minutes;
  }
  return total;
}

int step_days(const RepeatPattern& pat) { return pat.every.value == "fortnight" ? 14 : 7; }

// Is `d` one of the dates the pattern lands on?
bool on_pattern(const RepeatPattern& pat, const Date& d) {
  long diff = days_from_epoch(d) - days_from_epoch(pat.from.value);
  return diff >= 0 && diff % step_days(pat) == 0 && !(pat.until.value < d);
}

// Returns true when the dates are usable for counting sessions.
bool check_pattern_dates(Checks& c, const RepeatPattern& pat, const std::string& p, bool every_ok, bool day_ok) {
  bool from_ok = c.require(pat.from, p + ".from");
  bool until_ok = c.require(pat.until, p + ".until");
  if (from_ok) c.not_past(pat.from, p + ".from");
  bool usable = from_ok && until_ok && every_ok && day_ok;
  if (from_ok && day_ok && weekday_name(weekday(pat.from.value)) != pat.day.value) {
    usable = false;
    c.problem(pat.from.pos, 10, p + ".from",
              format_iso_date(pat.from.value) + " is a " + weekday_name(weekday(pat.from.value)) +
                  ", but the pattern is on " + pat.day.value + "s.",
              "Start the pattern on the date of the first session.");
  }
  if (from_ok && until_ok && pat.until.value < pat.from.value) {
    usable = false;
    c.problem(pat.until.pos, 10, p + ".until", "the pattern ends before it starts (" + format_iso_date(pat.from.value) + ").",
              "Check the two dates.");
  }
  if (!usable) return false;
  for (size_t i = 0; i < pat.except.size(); ++i) {
    const auto& e = pat.except[i];
    if (e.ok() && !on_pattern(pat, e.value))
      c.problem(e.pos, 10, p + ".except[" + std::to_string(i) + "]",
                format_iso_date(e.value) + " is not one of the pattern's session dates.",
                "List only dates the pattern would have a session on.");
  }
  return true;
}

// Minutes of work the pattern adds up to, or -1 if unknown.
int check_pattern(Checks& c, const Role& r) {
  const RepeatPattern& pat = r.pattern;
  const std::string p = r.key_path + ".pattern";
  bool every_ok = c.require(pat.every, p + ".every") && c.one_of(pat.every, p + ".every");
  bool day_ok = c.require(pat.day, p + ".day") && c.one_of(pat.day, p + ".day");
  c.require(pat.what, p + ".what");
  int minutes = check_times(c, pat.start, pat.end, p);
  if (!check_pattern_dates(c, pat, p, every_ok, day_ok) || minutes < 0) return -1;
  long count = (days_from_epoch(pat.until.value) - days_from_epoch(pat.from.value)) / step_days(pat) + 1;
  for (const auto& e : pat.except)
    if (!e.ok()) return -1;
    else if (on_pattern(pat, e.value)) --count;
  return static_cast<int>(count) * minutes;
}

void check_total(Checks& c, const Role& r, int minutes, const std::string& what) {
  const std::string p = r.key_path + ".time.total_hours";
  const auto& total = r.time.total_hours;
  if (!c.require(total, p) || minutes < 0) return;
  double hours = minutes / 60.0;
  if (std::fabs(total.value - hours) > 0.01)
    c.problem(total.pos, 1, p,
              "this says " + format_hours(total.value) + " hours, but the " + what + " add up to " + format_hours(hours) +
                  " hours.",
              "For example: total_hours: " + format_hours(hours));
}

void check_time(Checks& c, const Role& r) {
  const std::string p = r.key_path + ".time";
  const auto& prep = r.time.preparation_hours;
  if (prep.ok() && prep.value > 0) c.require(r.time.preparation_paid, p + ".preparation_paid");
}

}  // namespace

void check_schedule(Checks& c, const Role& r) {
  const std::string sp = r.key_path + ".sessions";
  bool has_sessions = c.has_key(sp), has_pattern = r.pattern.present;
  if (has_sessions && has_pattern) {
    c.problem(r.pattern.pos, 7, r.key_path + ".pattern", "this role has both a list of sessions and a pattern.",
              "Keep one: sessions for a few dates, or a pattern for work that repeats.");
    return;
  }
  if (!has_sessions && !has_pattern) {
    c.problem(c.key_pos(sp), 1, sp, "this is missing: list the sessions, or give a repeating pattern.",
              Checks::example_text(sp));
    check_time(c, r);
    if (!r.time.total_hours.present) c.missing(r.key_path + ".time.total_hours");
    return;
  }
  int minutes = has_pattern ? check_pattern(c, r) : -1;
  if (has_sessions && c.require_list(r.sessions, sp)) minutes = check_sessions(c, r);
  check_total(c, r, minutes, has_pattern ? "pattern's sessions" : "sessions");
  check_time(c, r);
}

}  // namespace plainly
