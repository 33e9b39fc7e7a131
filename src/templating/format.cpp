#include "templating/format.hpp"

#include <cmath>
#include <memory>

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/msgfmt.h>
#include <unicode/numberformatter.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include "core/error.hpp"

namespace plainly {

namespace {

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

icu::Locale icu_locale(const std::string& tag) {
  UErrorCode st = U_ZERO_ERROR;
  icu::Locale loc = icu::Locale::forLanguageTag(tag, st);
  return U_FAILURE(st) ? icu::Locale::getUK() : loc;
}

void check(UErrorCode status, const std::string& what) {
  if (U_FAILURE(status))
    fail_input("plainly could not format " + what + " (ICU: " + u_errorName(status) + ").");
}

// Format a point in time (UTC, so no time zone shifts it) with an ICU date pattern.
std::string format_with(const std::string& pattern, const std::string& locale, int y, int mo,
                        int d, int h, int mi) {
  UErrorCode st = U_ZERO_ERROR;
  icu::SimpleDateFormat fmt(icu::UnicodeString::fromUTF8(pattern), icu_locale(locale), st);
  check(st, "a date with the pattern '" + pattern + "'");
  icu::GregorianCalendar cal(*icu::TimeZone::getGMT(), st);
  cal.clear();
  cal.set(y, mo - 1, d, h, mi, 0);
  fmt.setTimeZone(*icu::TimeZone::getGMT());
  UDate when = cal.getTime(st);
  check(st, "a date");
  icu::UnicodeString out;
  fmt.format(when, out);
  return to_utf8(out);
}

std::string format_unit(double n, const icu::MeasureUnit& unit, const std::string& locale) {
  UErrorCode st = U_ZERO_ERROR;
  auto f = icu::number::NumberFormatter::withLocale(icu_locale(locale))
               .unit(unit)
               .unitWidth(UNUM_UNIT_WIDTH_FULL_NAME);
  std::string out = to_utf8(f.formatDouble(n, st).toString(st));
  check(st, "a length of time");
  return out;
}

}  // namespace

Formatter::Formatter(Labels labels) : labels_(std::move(labels)) {}

std::string Formatter::money(const Money& m) const {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString iso = icu::UnicodeString::fromUTF8(m.currency);
  icu::CurrencyUnit unit(iso.getTerminatedBuffer(), st);
  check(st, "the currency '" + m.currency + "'");
  bool whole = m.minor % 100 == 0;
  auto f = icu::number::NumberFormatter::withLocale(icu_locale(labels_.locale))
               .unit(unit)
               .precision(whole ? icu::number::Precision::integer()
                                : icu::number::Precision::fixedFraction(2));
  std::string amount = std::to_string(m.minor / 100) + "." +
                       (m.minor % 100 < 10 ? "0" : "") + std::to_string(std::llabs(m.minor % 100));
  std::string out = to_utf8(f.formatDecimal(amount, st).toString(st));
  check(st, "an amount of money");
  return out;
}

std::string Formatter::date(const Date& d) const {
  return format_with(labels_.pattern("date"), labels_.locale, d.year, d.month, d.day, 12, 0);
}

std::string Formatter::weekday(const Date& d) const {
  return format_with(labels_.pattern("weekday"), labels_.locale, d.year, d.month, d.day, 12, 0);
}

std::string Formatter::time(const TimeOfDay& t) const {
  const std::string& p = labels_.pattern(t.minute == 0 ? "time_on_the_hour" : "time");
  return format_with(p, labels_.locale, 2000, 1, 1, t.hour, t.minute);
}

std::string Formatter::hours(double h) const {
  double mins = h * 60.0;
  bool whole_minutes = std::fabs(mins - std::round(mins)) < 1e-6;
  bool whole_hours = std::fabs(h - std::round(h)) < 1e-6;
  // Under 2 hours and not whole: "90 minutes" reads better than "1.5 hours".
  if (!whole_hours && whole_minutes && h < 2.0) return minutes(static_cast<int>(std::round(mins)));
  return format_unit(h, icu::MeasureUnit::getHour(), labels_.locale);
}

std::string Formatter::minutes(int m) const {
  if (m % 60 == 0) return format_unit(m / 60, icu::MeasureUnit::getHour(), labels_.locale);
  return format_unit(m, icu::MeasureUnit::getMinute(), labels_.locale);
}

std::string Formatter::count(long n, const std::string& label) const {
  UErrorCode st = U_ZERO_ERROR;
  icu::MessageFormat fmt(icu::UnicodeString::fromUTF8(labels_.pattern(label)),
                         icu_locale(labels_.locale), st);
  check(st, "the label '" + label + "' in " + labels_.file);
  icu::UnicodeString name("count");
  icu::Formattable arg(static_cast<int64_t>(n));
  icu::UnicodeString out;
  fmt.format(&name, &arg, 1, out, st);
  check(st, "the label '" + label + "'");
  return to_utf8(out);
}

std::string Formatter::number(double n) const {
  UErrorCode st = U_ZERO_ERROR;
  auto f = icu::number::NumberFormatter::withLocale(icu_locale(labels_.locale))
               .grouping(UNUM_GROUPING_OFF);
  std::string out = to_utf8(f.formatDouble(n, st).toString(st));
  check(st, "a number");
  return out;
}

}  // namespace plainly
