#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>

#include "core/error.hpp"
#include "definitions/load.hpp"
#include "make/people_csv.hpp"

using namespace plainly;

namespace {

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = "/tmp/plainly-people-csv-" + name + ".csv";
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

Definitions tcd() {
  return load_definitions(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/training-co-design.yaml");
}

}  // namespace

TEST_CASE("people CSV: quoted fields with commas and quotes, columns in any order, CRLF") {
  std::string path = write_temp("good",
                                "address,name,role,format,size\r\n"
                                "\"Flat 2, 10 High St\",\"Tom \"\"TJ\"\" Jones\",peer-trainer,large-print,24\r\n"
                                "\r\n"
                                "1 Elm Way,Ann Lee,advisory-panel-member,,\r\n");
  auto people = load_people_csv(path, tcd());
  REQUIRE(people.size() == 2);
  CHECK(people[0].name.value == "Tom \"TJ\" Jones");
  CHECK(people[0].address.value == "Flat 2, 10 High St");
  CHECK(people[0].format.value == "large-print");
  CHECK(people[0].size.present);
  CHECK(people[0].size.value == 24);
  CHECK(people[1].role.value == "advisory-panel-member");
  CHECK_FALSE(people[1].size.present);
  std::remove(path.c_str());
}

TEST_CASE("people CSV: every bad row is reported with its line and column, exit 2") {
  std::string path = write_temp("bad",
                                "name,role,format,size\n"
                                "Priya,peer-trainr,standard,\n"
                                "Tom,peer-trainer,big-print,\n"
                                "Ann,peer-trainer,standard,twenty\n");
  try {
    load_people_csv(path, tcd());
    FAIL("no error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    REQUIRE(e.diagnostics().size() == 3);
    CHECK(e.diagnostics()[0].pos.line == 2);
    CHECK(e.diagnostics()[0].pos.column == 7);
    CHECK(e.diagnostics()[1].key_path == "format");
    CHECK(e.diagnostics()[2].pos.line == 4);
    CHECK(e.diagnostics()[2].pos.column == 27);
  }
  std::remove(path.c_str());
}

TEST_CASE("people CSV: a header with no name column is named") {
  std::string path = write_temp("header", "who,role\nAnn,peer-trainer\n");
  CHECK_THROWS_AS(load_people_csv(path, tcd()), PlainlyError);
  std::remove(path.c_str());
}
