#include <doctest/doctest.h>

#include "core/spellcheck.hpp"
#include "definitions/placeholders.hpp"
#include "definitions/schema.hpp"
#include "definitions/values.hpp"

using namespace plainly;

TEST_CASE("dates: year-month-day, real calendar dates only") {
  CHECK(parse_date("2027-03-02") == Date{2027, 3, 2});
  CHECK(parse_date("2027-3-2") == Date{2027, 3, 2});  // YAML's short form
  CHECK(parse_date(" 2028-02-29 ") == Date{2028, 2, 29});
  CHECK_FALSE(parse_date("2027-02-29"));
  CHECK_FALSE(parse_date("2027-13-01"));
  CHECK_FALSE(parse_date("02/03/2027"));
  CHECK_FALSE(parse_date("2 March 2027"));
  CHECK_FALSE(parse_date(""));
  CHECK(date_problem("2027-02-30") == "\"2027-02-30\" is not a real calendar date.");
  CHECK(date_problem("02/03/2027") ==
        "\"02/03/2027\" is not a date written as year-month-day, so day and month cannot be mixed up.");
  CHECK(date_problem("2027-03-02") == "");
}

TEST_CASE("dates: weekdays and day arithmetic") {
  CHECK(weekday_name(weekday(Date{2027, 3, 2})) == std::string("Tuesday"));
  CHECK(weekday_name(weekday(Date{1970, 1, 1})) == std::string("Thursday"));
  CHECK(add_days(Date{2027, 12, 28}, 7) == Date{2028, 1, 4});
  CHECK(days_from_epoch(Date{2028, 3, 1}) - days_from_epoch(Date{2028, 2, 28}) == 2);
  CHECK(format_iso_date(Date{2027, 3, 2}) == "2027-03-02");
}

TEST_CASE("times: 24-hour clock and am/pm") {
  CHECK(parse_time("10:00") == TimeOfDay{10, 0});
  CHECK(parse_time("14:30") == TimeOfDay{14, 30});
  CHECK(parse_time("9:05") == TimeOfDay{9, 5});
  CHECK(parse_time("10am") == TimeOfDay{10, 0});
  CHECK(parse_time("2:30pm") == TimeOfDay{14, 30});
  CHECK(parse_time("2.30 PM") == TimeOfDay{14, 30});
  CHECK(parse_time("12pm") == TimeOfDay{12, 0});
  CHECK(parse_time("12am") == TimeOfDay{0, 0});
  CHECK_FALSE(parse_time("25:00"));
  CHECK_FALSE(parse_time("10:60"));
  CHECK_FALSE(parse_time("13pm"));
  CHECK_FALSE(parse_time("10"));
  CHECK_FALSE(parse_time("ten"));
  CHECK(time_problem("25:00") == "\"25:00\" is not a real time of day.");
  CHECK(format_24h_time(TimeOfDay{9, 5}) == "09:05");
}

TEST_CASE("money: minor units and an ISO currency") {
  auto m = parse_money("£25");
  REQUIRE(m);
  CHECK(m->currency == "GBP");
  CHECK(m->minor == 2500);
  CHECK(parse_money("£25.50")->minor == 2550);
  CHECK(parse_money("£25.5")->minor == 2550);
  CHECK(parse_money("£1,200")->minor == 120000);
  CHECK(parse_money("25 GBP")->currency == "GBP");
  CHECK(parse_money("25.50 gbp")->minor == 2550);
  CHECK(parse_money("EUR 30")->currency == "EUR");
  CHECK(parse_money("€30")->currency == "EUR");
  CHECK(parse_money("-£5")->minor == -500);
  CHECK_FALSE(parse_money("25"));
  CHECK_FALSE(parse_money("£25.505"));
  CHECK_FALSE(parse_money("twenty pounds"));
  CHECK(money_problem("25") == "\"25\" has no currency.");
  CHECK(money_problem("twenty pounds") == "\"twenty pounds\" is not an amount of money with a currency.");
  CHECK(format_money_plain(Money{"GBP", 2550}) == "£25.50");
  CHECK(format_money_plain(Money{"GBP", 2500}) == "£25");
  CHECK(format_money_plain(Money{"USD", 1000}) == "10 USD");
}

TEST_CASE("hours, whole numbers and yes/no") {
  CHECK(parse_hours("2") == 2.0);
  CHECK(parse_hours("1.5") == 1.5);
  CHECK_FALSE(parse_hours("two"));
  CHECK_FALSE(parse_hours("-1"));
  CHECK_FALSE(parse_hours("2 hours"));
  CHECK(parse_whole_number("14") == 14);
  CHECK_FALSE(parse_whole_number("fourteen"));
  CHECK_FALSE(parse_whole_number("14.5"));
  CHECK(parse_yes_no("Yes") == true);
  CHECK(parse_yes_no("false") == false);
  CHECK_FALSE(parse_yes_no("maybe"));
  CHECK(format_hours(2) == "2");
  CHECK(format_hours(4.5) == "4.5");
  CHECK(format_hours(0.25) == "0.25");
}

TEST_CASE("placeholders: found with their own offset, whole words only") {
  auto at = [](const std::string& s) {
    auto m = find_placeholder(s);
    return m ? s.substr(m->offset, m->length) : std::string("(none)");
  };
  CHECK(at("TBC") == "TBC");
  CHECK(at("Dates tbc") == "tbc");
  CHECK(at("Venue TBA, time TBD") == "TBA");
  CHECK(at("Venue to be confirmed") == "to be confirmed");
  CHECK(at("£XX an hour") == "XX");
  CHECK(at("XX:XX") == "XX");
  CHECK(at("Meet at ???") == "???");
  CHECK(at("Dear [insert name],") == "[insert name]");
  CHECK(at("TBCX") == "(none)");
  CHECK(at("XXL T-shirt") == "(none)");
  CHECK(at("Is this right?") == "(none)");
  CHECK(at("Tuesday 2 March 2027") == "(none)");
  CHECK(is_blank("  "));
  CHECK_FALSE(is_blank(" a "));
}

TEST_CASE("did you mean: keys and choices") {
  const auto& keys = allowed_keys("roles.pay");
  CHECK(closest_match("rat", keys) == "rate");
  CHECK(closest_match("within-days", keys) == "within_days");
  CHECK(closest_match("withindays", keys) == "within_days");
  CHECK(closest_match("salary", keys) == "");
  CHECK(closest_match("inperson", allowed_values("roles[x].where.mode")) == "in-person");
  CHECK(closest_match("tuesday", allowed_values("roles[x].pattern.day")) == "Tuesday");
  CHECK(generic_path("roles[peer-trainer].sessions[2].end") == "roles.sessions.end");
  CHECK(example_for("roles[peer-trainer].pay.rate") == "For example: rate: £25");
}
