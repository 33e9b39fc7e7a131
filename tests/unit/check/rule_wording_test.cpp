// Rule tests on wording the rules were generalised for: each sentence with the rule id that
// must flag it, or none when it is fine. Our own sentences; never the dev or held-out sets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"
#include "rule_cases.hpp"

using namespace plainly;

using namespace plainly::test;

TEST_CASE("a negation before 'that', 'which' or 'whether' covers the clause after it") {
  check_rule_cases({
      {"We do not promise that the panel will change anything.", nullptr},
      {"We will never share anything which might show who you are.", nullptr},
      {"Nobody can say whether the panel will transform the service.", nullptr},
      {"We hope that the panel will transform the service.", "hope-expect"},
      {"The panel will transform the service.", "will-outcome"},
  });
}

TEST_CASE("pressure: expectations, removal threats, scarcity and conditions") {
  check_rule_cases({
      {"There is an expectation that volunteers attend most sessions.", "expected-to"},
      {"Anyone who misses two workshops will be replaced.", "penalty"},
      {"Lots of people have applied already, so please reply today.", "guilt"},
      {"Places are filling up fast.", "guilt"},
      {"Your continued membership depends on attending the monthly meetings.", "conditional-on"},
      {"Claims sent in after 60 days will not be paid.", "only-paid-if"},
      {"You do not need to attend every session.", nullptr},
      {"Members who cannot come can send their views by email.", nullptr},
      {"If you cannot come, tell Jo by Friday.", nullptr},
      {"Please let us know as soon as possible if you cannot come.", nullptr},
      {"Any information that could identify you will be removed.", nullptr},
  });
}

TEST_CASE("promissory: aims, contributions that shape, selling the experience") {
  check_rule_cases({
      {"Our aim is to reply to every letter within a week.", "aim-to"},
      {"Your comments help us shape better services.", "make-a-difference"},
      {"You will find the work rewarding and fun.", "make-a-difference"},
      {"We will take your needs into account.", "make-a-difference"},
      {"The aim of this study is to find out what helps carers.", nullptr},
      {"A support worker will help you fill in the form.", nullptr},
      {"Your GP will continue to look after you as usual.", nullptr},
  });
}

TEST_CASE("speculative: funding that allows, past members, hedged outcomes") {
  check_rule_cases({
      {"If money allows, we will add a third workshop.", "hope-expect"},
      {"Previous volunteers went on to paid jobs with the council.", "may-lead-to"},
      {"Talking to others can help you feel less alone.", "may-lead-to"},
      {"You might want to bring a snack.", nullptr},
      {"Your GP may be told that you are taking part, if you agree.", nullptr},
      {"Could you tell us whether you need a lift?", nullptr},
  });
}

TEST_CASE("vague: rates without an amount, tokens, times to be settled later") {
  check_rule_cases({
      {"Payment will be at the usual rate.", "vague-pay"},
      {"A small token of thanks will be given to everyone.", "vague-pay"},
      {"Venue details will be sent nearer the day.", "details-will-follow"},
      {"The rate is decided by the finance team.", "details-will-follow"},
      {"Meetings are held regularly at various places in the city.", "vague-when"},
      {"We pay £25 an hour at the NIHR rate, in line with our policy.", nullptr},
      {"You will be paid at the same rate as before.", nullptr},
      {"If you are on benefits, you can choose a voucher instead of cash.", nullptr},
  });
}

TEST_CASE("look-alikes that are fine: requests, negated conditions, honest timing") {
  check_rule_cases({
      {"Where possible, please use public transport.", nullptr},
      {"Please note that expenses are paid where appropriate.", "where-appropriate"},
      {"Payment is not conditional on attending every session.", nullptr},
      {"Your place depends on attending the training.", "conditional-on"},
      {"You do not have to commit to every session.", nullptr},
      {"You must commit to every session.", "expected-to"},
      {"The session may run over by 10 minutes.", nullptr},
      {"The project may end early if funding stops.", nullptr},
      {"This could start a new career for you.", "speculative-modal"},
      {"It is really important that everyone comes to every meeting.", "guilt"},
      {"It is really important that you understand the risks.", nullptr},
  });
}

TEST_CASE("payment policies, consent forms and role descriptions") {
  check_rule_cases({
      {"By ticking this box you are agreeing to attend every session.", "expected-to"},
      {"Claims without receipts will be rejected.", "only-paid-if"},
      {"No payment will be made for missed sessions.", "only-paid-if"},
      {"Members who are unable to come will not be invited again.", "penalty"},
      {"We are a dynamic and friendly team.", "make-a-difference"},
      {"You will reach your full potential with us.", "make-a-difference"},
      {"Fees are set out in the relevant appendix.", "vague-amount"},
      {"Travel is paid in the usual way.", "vague-when"},
      {"You are responsible for paying any tax on this money.", nullptr},
      {"Expenses are paid even if you leave early.", nullptr},
      {"You will be paid the same way as other members: £20 an hour.", nullptr},
      {"Parking is paid where available, up to £8 a day.", nullptr},
  });
}

TEST_CASE("more sessions or hours stated as a fact are fine; hoping to be able to is not") {
  check_rule_cases({
      {"There are more sessions on Fridays.", nullptr},
      {"We will run more sessions in March.", nullptr},
      {"You can have more hours if you ask.", nullptr},
      {"Further sessions are on 3 May and 10 May.", nullptr},
      {"We expect to be able to offer more sessions later in the year.", "hope-expect"},
      {"We hope to be able to pay you more next year.", "hope-expect"},
  });
}

TEST_CASE("overlapping findings: the rule that names the words explains them, not the broad 'we may' rule") {
  CHECK(rule_ids("We hope it may lead to paid work.") == std::vector<std::string>{"hope-expect", "may-lead-to"});
  CHECK(rule_ids("We may share your story with the board.") == std::vector<std::string>{"we-may"});
}
