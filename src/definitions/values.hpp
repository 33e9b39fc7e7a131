#pragma once
// Parsers for the small values a definitions file holds: dates, times, money and hours.
// Templates use them too. Each returns std::nullopt when the text is not such a value;
// the *_problem functions say why in plain words, for messages.

#include <optional>
#include <string>

#include "definitions/project.hpp"

namespace plainly {

/// "2027-03-02" (also YAML's "2027-3-2") as a real calendar date; nullopt otherwise.
std::optional<Date> parse_date(const std::string& text);

/// Why `text` is not a date, in plain words ending with a full stop; "" if it is one.
std::string date_problem(const std::string& text);

/// "10:00", "14:30", "9:05", "10am", "2:30pm", "12pm" (noon), "12am" (midnight).
std::optional<TimeOfDay> parse_time(const std::string& text);

/// Why `text` is not a time of day; "" if it is one.
std::string time_problem(const std::string& text);

/// "£25", "£25.50", "£1,200", "25 GBP", "GBP 25.50", "€30". Amounts may be zero or
/// negative here (the caller decides); nullopt when there is no number or no currency.
std::optional<Money> parse_money(const std::string& text);

/// Why `text` is not an amount of money with a currency; "" if it is one.
std::string money_problem(const std::string& text);

/// A number of hours: "2", "1.5", "0.25". Words such as "two" are rejected.
std::optional<double> parse_hours(const std::string& text);

/// A whole number such as "14"; nullopt for "fourteen", "14.5" or "".
std::optional<int> parse_whole_number(const std::string& text);

/// "yes", "no", "true", "false" (any case); nullopt otherwise.
std::optional<bool> parse_yes_no(const std::string& text);

/// True for a real calendar date.
bool is_real_date(int year, int month, int day);

/// Day of the week, 0 = Monday ... 6 = Sunday.
int weekday(const Date& d);

/// English name of a weekday (0 = "Monday").
const char* weekday_name(int weekday);

/// Days since 1970-01-01 (negative before); differences give days between dates.
long days_from_epoch(const Date& d);

/// The date `days` days after `d`.
Date add_days(const Date& d, long days);

/// "2027-03-02".
std::string format_iso_date(const Date& d);

/// "10:00" (24-hour clock).
std::string format_24h_time(const TimeOfDay& t);

/// "£25.50" for GBP, "€30" for EUR, otherwise "25.50 USD"; whole amounts drop ".00".
std::string format_money_plain(const Money& m);

/// Hours without trailing zeros: 2 -> "2", 1.5 -> "1.5", 0.25 -> "0.25".
std::string format_hours(double hours);

}  // namespace plainly
