// Families of wording found in real sentences (round C): for each family, our own sentences
// that must be flagged and near misses that must not. Written before each rule change, in
// varied wording, so a fix covers the family and not one sentence. Never from a labelled set.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"

using namespace plainly;

namespace {

const Checker& family_checker() {
  static Checker c = load_checker("en-GB", {});
  return c;
}

/// True when `text` has a finding that is not clarity.
bool flagged(const std::string& text) {
  for (auto& f : check_text(family_checker(), text, "t.txt", {}))
    if (f.category != "clarity") return true;
  return false;
}

/// Every sentence in `problems` is flagged; none in `clear` is.
void check_family(const std::vector<const char*>& problems, const std::vector<const char*>& clear) {
  for (const char* p : problems) {
    INFO(std::string(p));
    CHECK(flagged(p));
  }
  for (const char* c : clear) {
    INFO(std::string(c));
    CHECK_FALSE(flagged(c));
  }
}

}  // namespace

TEST_CASE("a consent-form disclosure that names who or where is honest") {
  check_family({"Your information may be shared.", "Your answers may be used for other purposes.",
                "Recordings may be kept.", "Your data may be seen by others.",
                "Your answers may be used in future research."},
               {"I understand that my answers may be read by the two researchers named above.",
                "I understand that my recording may be kept by the University of Leeds for five years.",
                "I understand that short quotes may be used in the final report, without my name.",
                "I understand that my notes may be looked at by staff from the hospital audit team."});
}

TEST_CASE("'must' on data handling or on an organisation is a procedure, on taking part pressure") {
  check_family({"Members must complete the training before they can start.",
                "You must attend every meeting.", "Volunteers must sign up for six months."},
               {"Staff must delete any recording that holds a name.",
                "Researchers must store consent forms in a locked cabinet.",
                "Councils must acknowledge each complaint within ten working days.",
                "If the data has not been analysed, you must immediately delete it.",
                "You must not anonymise the data to keep it."});
}

TEST_CASE("a right the reader keeps is not a threat; a right over the reader is") {
  check_family({"We reserve the right to remove members who miss meetings.",
                "The charity reserves the right to end your role.",
                "The trust reserves the right to withdraw the membership of any panel member."},
               {"Members reserve the right to step down whenever they choose.",
                "Participants reserve the right to withdraw at any point.",
                "Panel members can reasonably expect a reply to every email within a week."});
}

TEST_CASE("the reader's free choice of how much is not vague; a figure is a figure") {
  check_family({"You will give as much or as little as is needed.",
                "We will pay reasonably for your travel.",
                "One day you might lead the panel yourself.",
                "This work could one day become a paid role."},
               {"You can give as much or as little time as you like.",
                "Come to as much or as little as you want.",
                "Meetings usually take about ½ day.",
                "Training takes less than one day.",
                "The course lasts one day and is held in Leeds."});
}

TEST_CASE("an honest risk to health is a warning; a promised gain is a lure") {
  check_family({"You may find that your health improves.", "You may find your health gets better.",
                "Our research may be used by the government to shape policy."},
               {"Some people find that their mood worsens after talking about the past.",
                "You may find that your health gets worse.",
                "You may find that your symptoms come back."});
}
