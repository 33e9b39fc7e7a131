#include <doctest/doctest.h>

#include <algorithm>

#include "core/error.hpp"
#include "definitions/load.hpp"
#include "make/make.hpp"
#include "make/plan.hpp"

using namespace plainly;

static std::string example(const std::string& name) {
  return std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/" + name + ".yaml";
}

static std::vector<std::string> paths(const std::vector<PlannedDocument>& docs) {
  std::vector<std::string> out;
  for (const auto& d : docs) out.push_back(d.base_path);
  return out;
}

TEST_CASE("person_slug makes a predictable folder name") {
  CHECK(person_slug("Sam O'Neill") == "sam-o-neill");
  CHECK(person_slug("  Ana  María ") == "ana-marí" "a");
  CHECK(person_slug("***") == "person");
}

TEST_CASE("plan: every kind in every style for each role, named predictably") {
  Definitions d = load_definitions(example("focus-group"));
  MakeOptions o;
  o.out_dir = "out";
  auto p = paths(plan_documents(d, o));
  CHECK(p.size() == 12);
  CHECK(p.front() == "out/focus-group-member/advert.standard");
  CHECK(std::count(p.begin(), p.end(), "out/focus-group-member/consent-review.easy-read") == 1);
}

TEST_CASE("plan: people get their own offer and consent forms in their recorded format") {
  Definitions d = load_definitions(example("training-co-design"));
  MakeOptions o;
  o.out_dir = "o";
  bool found_person = false;
  for (const auto& doc : plan_documents(d, o)) {
    if (!doc.person) continue;
    found_person = true;
    CHECK(doc.kind != "advert");
    std::string fmt = doc.person->format.value;
    if (fmt == "large-print" || fmt == "easy-read") CHECK(doc.style == fmt);
    CHECK(doc.base_path.find("/" + person_slug(doc.person->name.value) + "/") != std::string::npos);
    if (doc.person->size.ok()) CHECK(doc.font_size_pt == doc.person->size.value);
  }
  CHECK(found_person);
}

TEST_CASE("plan: filters by kind, style, role and person") {
  Definitions d = load_definitions(example("training-co-design"));
  MakeOptions o;
  o.docs = {"offer"};
  o.styles = {"easy-read"};
  o.role = d.roles.at(0).id.value;
  auto docs = plan_documents(d, o);
  REQUIRE_FALSE(docs.empty());
  for (const auto& doc : docs) {
    CHECK(doc.kind == "offer");
    CHECK(doc.style == "easy-read");
    CHECK(doc.role == &d.roles[0]);
  }
}

TEST_CASE("plan: unknown names are bad usage with a suggestion") {
  Definitions d = load_definitions(example("focus-group"));
  MakeOptions o;
  o.docs = {"ofer"};
  CHECK_THROWS_WITH_AS(plan_documents(d, o),
                       "plainly make: --doc 'ofer' is not one plainly knows. Did you mean 'offer'? "
                       "Choose from: advert, offer, consent, consent-review.",
                       PlainlyError);
  o.docs = {};
  o.role = "focus-group-membr";
  CHECK_THROWS_WITH_AS(plan_documents(d, o),
                       ("plainly make: there is no role 'focus-group-membr' in " + d.path +
                        ". Did you mean 'focus-group-member'?").c_str(),
                       PlainlyError);
}

TEST_CASE("make: every example makes every document, and easy read has pictures resolved") {
  for (const char* name : {"focus-group", "peer-support", "training-co-design"}) {
    CAPTURE(name);
    Definitions d = load_definitions(example(name));
    MakeOptions o;
    o.formats = {"model"};
    o.today = Date{2026, 6, 1};
    MakeResult r = make_documents(d, o);
    CHECK(r.problems.empty());
    CHECK(r.files.size() == plan_documents(d, o).size());
    for (const auto& f : r.files) {
      CAPTURE(f.path);
      CHECK(f.content.find("picture:") == std::string::npos);
      if (f.path.find("easy-read") != std::string::npos) CHECK(f.content.find("easy_read_row") != std::string::npos);
    }
  }
}

TEST_CASE("make: an unknown format is bad usage naming the formats there are") {
  CHECK_THROWS_AS(check_formats({"docz"}), PlainlyError);
  CHECK_NOTHROW(check_formats({"model", "txt"}));
}
