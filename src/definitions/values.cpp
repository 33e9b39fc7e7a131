#include "definitions/values.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <vector>

namespace plainly {

static std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

static std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

static bool all_digits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// Split on one separator character.
static std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) return out;
    start = at + 1;
  }
}

bool is_real_date(int year, int month, int day) {
  static const int days_in[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  int max = days_in[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max;
}

// Year-month-day parts, if the text has that shape (digits only, YAML's 1-2 digit forms).
static bool date_parts(const std::string& text, int* y, int* m, int* d) {
  auto parts = split(trim(text), '-');
  if (parts.size() != 3 || parts[0].size() != 4) return false;
  if (parts[1].empty() || parts[1].size() > 2 || parts[2].empty() || parts[2].size() > 2) return false;
  for (const auto& p : parts)
    if (!all_digits(p)) return false;
  *y = std::stoi(parts[0]);
  *m = std::stoi(parts[1]);
  *d = std::stoi(parts[2]);
  return true;
}

std::optional<Date> parse_date(const std::string& text) {
  int y, m, d;
  if (!date_parts(text, &y, &m, &d) || !is_real_date(y, m, d)) return std::nullopt;
  return Date{y, m, d};
}

std::string date_problem(const std::string& text) {
  int y, m, d;
  if (!date_parts(text, &y, &m, &d))
    return "\"" + trim(text) + "\" is not a date written as year-month-day, so day and month cannot be mixed up.";
  if (!is_real_date(y, m, d)) return "\"" + trim(text) + "\" is not a real calendar date.";
  return "";
}

// "10", "10:30", "10.30" -> hour and minute; false if not that shape.
static bool clock_parts(const std::string& s, int* h, int* m) {
  std::string hs = s, ms = "0";
  size_t sep = s.find_first_of(":.");
  if (sep != std::string::npos) {
    hs = s.substr(0, sep);
    ms = s.substr(sep + 1);
    if (ms.size() != 2) return false;
  }
  if (!all_digits(hs) || hs.size() > 2 || !all_digits(ms)) return false;
  *h = std::stoi(hs);
  *m = std::stoi(ms);
  return true;
}

std::optional<TimeOfDay> parse_time(const std::string& text) {
  std::string s = lower(trim(text));
  int h, m;
  if (s.size() > 2 && (s.ends_with("am") || s.ends_with("pm"))) {
    bool pm = s.ends_with("pm");
    std::string clock = trim(s.substr(0, s.size() - 2));
    if (!clock_parts(clock, &h, &m) || h < 1 || h > 12 || m > 59) return std::nullopt;
    h = h % 12 + (pm ? 12 : 0);
    return TimeOfDay{h, m};
  }
  if (s.find(':') == std::string::npos) return std::nullopt;
  if (!clock_parts(s, &h, &m) || h > 23 || m > 59) return std::nullopt;
  return TimeOfDay{h, m};
}

std::string time_problem(const std::string& text) {
  if (parse_time(text)) return "";
  return "\"" + trim(text) + "\" is not a real time of day.";
}

// Currency symbols and the ISO codes they stand for.
struct CurrencySymbol {
  const char* symbol;
  const char* code;
};
static const CurrencySymbol kSymbols[] = {{"£", "GBP"}, {"€", "EUR"}, {"$", "USD"}};

// Strip a leading or trailing currency (symbol or three-letter code) from `s`.
static std::string take_currency(std::string& s) {
  for (const auto& c : kSymbols) {
    std::string sym = c.symbol;
    if (s.starts_with(sym)) { s = trim(s.substr(sym.size())); return c.code; }
  }
  auto is_code = [](const std::string& w) {
    if (w.size() != 3) return false;
    for (char ch : w)
      if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
    return true;
  };
  size_t sp = s.rfind(' ');
  if (sp != std::string::npos && is_code(s.substr(sp + 1))) {
    std::string code = s.substr(sp + 1);
    s = trim(s.substr(0, sp));
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return code;
  }
  sp = s.find(' ');
  if (sp != std::string::npos && is_code(s.substr(0, sp))) {
    std::string code = s.substr(0, sp);
    s = trim(s.substr(sp + 1));
    for (auto& ch : code) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return code;
  }
  return "";
}

// "1,200.50" -> 120050 minor units; false if not a plain amount.
static bool amount_minor(std::string s, std::int64_t* minor) {
  bool negative = false;
  if (!s.empty() && s[0] == '-') { negative = true; s = s.substr(1); }
  std::string digits;
  for (char c : s)
    if (c != ',') digits += c;
  auto parts = split(digits, '.');
  if (parts.size() > 2 || !all_digits(parts[0]) || parts[0].size() > 12) return false;
  std::int64_t whole = std::stoll(parts[0]), pence = 0;
  if (parts.size() == 2) {
    if (!all_digits(parts[1]) || parts[1].size() > 2) return false;
    pence = std::stoll(parts[1]) * (parts[1].size() == 1 ? 10 : 1);
  }
  *minor = (whole * 100 + pence) * (negative ? -1 : 1);
  return true;
}

std::optional<Money> parse_money(const std::string& text) {
  std::string s = trim(text);
  bool negative = !s.empty() && s[0] == '-';
  if (negative) s = trim(s.substr(1));
  std::string code = take_currency(s);
  std::int64_t minor = 0;
  if (code.empty() || !amount_minor(s, &minor)) return std::nullopt;
  return Money{code, negative ? -minor : minor};
}

std::string money_problem(const std::string& text) {
  if (parse_money(text)) return "";
  std::string s = trim(text);
  std::int64_t minor;
  std::string stripped = s;
  if (amount_minor(stripped, &minor)) return "\"" + s + "\" has no currency.";
  return "\"" + s + "\" is not an amount of money with a currency.";
}

std::optional<double> parse_hours(const std::string& text) {
  std::string s = trim(text);
  auto parts = split(s, '.');
  if (parts.size() > 2 || !all_digits(parts[0]) || parts[0].size() > 6) return std::nullopt;
  if (parts.size() == 2 && !all_digits(parts[1])) return std::nullopt;
  return std::stod(s);
}

std::optional<int> parse_whole_number(const std::string& text) {
  std::string s = trim(text);
  if (!all_digits(s) || s.size() > 9) return std::nullopt;
  return std::stoi(s);
}

std::optional<bool> parse_yes_no(const std::string& text) {
  std::string s = lower(trim(text));
  if (s == "yes" || s == "true") return true;
  if (s == "no" || s == "false") return false;
  return std::nullopt;
}

// Howard Hinnant's days_from_civil.
long days_from_epoch(const Date& d) {
  int y = d.year - (d.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(d.month > 2 ? d.month - 3 : d.month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(d.day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

// Howard Hinnant's civil_from_days.
Date add_days(const Date& d, long days) {
  long z = days_from_epoch(d) + days + 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (month <= 2 ? 1 : 0);
  return Date{year, month, day};
}

int weekday(const Date& d) {
  long days = days_from_epoch(d);  // 1970-01-01 was a Thursday (3 when Monday is 0)
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

const char* weekday_name(int w) {
  static const char* names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                "Friday", "Saturday", "Sunday"};
  return (w >= 0 && w < 7) ? names[w] : "";
}

std::string format_iso_date(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string format_24h_time(const TimeOfDay& t) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t.hour, t.minute);
  return buf;
}

std::string format_money_plain(const Money& m) {
  std::int64_t abs = m.minor < 0 ? -m.minor : m.minor;
  std::string amount = std::to_string(abs / 100);
  if (abs % 100 != 0) {
    char buf[4];
    std::snprintf(buf, sizeof buf, "%02d", static_cast<int>(abs % 100));
    amount += std::string(".") + buf;
  }
  std::string sign = m.minor < 0 ? "-" : "";
  if (m.currency == "GBP") return sign + "£" + amount;
  if (m.currency == "EUR") return sign + "€" + amount;
  return sign + amount + " " + m.currency;
}

std::string format_hours(double hours) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", hours);
  std::string s = buf;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

}  // namespace plainly
