#include <doctest/doctest.h>

#include "templating/format.hpp"

using namespace plainly;

static Formatter en_gb() { return Formatter(load_labels("en-GB")); }

TEST_CASE("money: whole pounds without pence, otherwise two decimals") {
  Formatter f = en_gb();
  CHECK(f.money({"GBP", 2500}) == "£25");
  CHECK(f.money({"GBP", 2550}) == "£25.50");
  CHECK(f.money({"GBP", 2505}) == "£25.05");
  CHECK(f.money({"GBP", 120000}) == "£1,200");
}

TEST_CASE("dates in full, times as 10am and 1:30pm") {
  Formatter f = en_gb();
  CHECK(f.date({2027, 3, 2}) == "Tuesday 2 March 2027");
  CHECK(f.date({2027, 12, 31}) == "Friday 31 December 2027");
  CHECK(f.time({10, 0}) == "10am");
  CHECK(f.time({13, 30}) == "1:30pm");
  CHECK(f.time({12, 0}) == "12pm");
  CHECK(f.time({0, 15}) == "12:15am");
}

TEST_CASE("lengths of time with plural rules") {
  Formatter f = en_gb();
  CHECK(f.hours(2) == "2 hours");
  CHECK(f.hours(1) == "1 hour");
  CHECK(f.hours(1.5) == "90 minutes");
  CHECK(f.hours(0.5) == "30 minutes");
  CHECK(f.hours(2.5) == "2.5 hours");
  CHECK(f.minutes(45) == "45 minutes");
  CHECK(f.minutes(120) == "2 hours");
}

TEST_CASE("counts use the locale's plural labels") {
  Formatter f = en_gb();
  CHECK(f.count(1, "days") == "1 day");
  CHECK(f.count(14, "days") == "14 days");
  CHECK(f.count(1, "sessions") == "1 session");
  CHECK(f.count(6, "sessions") == "6 sessions");
  CHECK(f.number(2.5) == "2.5");
  CHECK(f.number(3) == "3");
}
