// The shared part of a document's data is built once per role and kind, then copied for
// each person: the result must be what building it whole for that person gives.
#include <doctest/doctest.h>

#include <string>

#include "definitions/load.hpp"
#include "make/make.hpp"
#include "templating/render.hpp"

using namespace plainly;

TEST_CASE("MakeShared::context gives each person the same data as building it whole") {
  Definitions defs =
      load_definitions(std::string(PLAINLY_TEST_DATA_DIR) + "/../examples/training-co-design.yaml");
  REQUIRE(defs.people.size() >= 2);
  MakeOptions o;
  o.today = Date{2026, 6, 1};
  MakeShared shared(defs, o);
  const std::string expr =
      "{{#personal}}For {{person.name}}, {{person.address}}.{{/personal}} {{role.title}}: {{role.rate}}"
      "{{#review}} (review){{/review}}";
  for (const char* kind : {"offer", "consent-review"}) {
    for (const Person& p : defs.people) {
      const Role* role = nullptr;
      for (const Role& r : defs.roles)
        if (r.id.value == p.role.value) role = &r;
      REQUIRE(role);
      ContextRequest req{&defs, role, &p, o.today, kind};
      std::string whole = render_template_text(expr, "t", build_context(req, shared.format()), {});
      std::string cached = render_template_text(expr, "t", shared.context(req), {});
      CHECK(cached == whole);
      CHECK(cached.find(p.name.value) != std::string::npos);
    }
  }
}
