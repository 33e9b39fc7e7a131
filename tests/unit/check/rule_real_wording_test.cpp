// Rule tests for the wording of real public documents (adverts, role descriptions, payment
// policies, consent forms): each sentence with the rule id that must flag it, or none when
// it is fine. Our own sentences, written in that grammar; never from the dev or labelled sets.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "check/checker.hpp"
#include "rule_cases.hpp"

using namespace plainly;

using namespace plainly::test;

TEST_CASE("an aim with a fixed target is fine; an aim without one is flagged") {
  check_rule_cases({
      {"We aim to send your payment within 12 working days.", nullptr},
      {"Our target is to answer every claim by the 5th of the month.", nullptr},
      {"We aim to share the minutes in good time.", "aim-to"},
      {"The team aims to reply to messages quickly.", "aim-to"},
      {"We will try to pay you within 12 days.", "we-will-try"},
  });
}

TEST_CASE("the reader's own convenience or request is a condition, not a loophole") {
  check_rule_cases({
      {"We could hold the chat by phone if that works better for you.", nullptr},
      {"We might visit you at the library if it suits you.", nullptr},
      {"The leaflet may be provided in Polish on request.", nullptr},
      {"We could hold the chat by phone if that works better for us.", "we-may"},
      {"Lunch may be provided.", "may-be-provided"},
  });
}

TEST_CASE("a payment that needs agreement first is a procedure, not a threat") {
  check_rule_cases({
      {"Hotel stays are only paid for if approved beforehand by Sam.", nullptr},
      {"Parking is paid where agreed in advance with the team.", nullptr},
      {"Mileage is only paid if you come to the whole workshop.", "only-paid-if"},
      {"Parking is paid where agreed.", "where-appropriate"},
  });
}

TEST_CASE("a time that suits the reader is their choice; a time that suits most is not") {
  check_rule_cases({
      {"We will ring you at a time that suits you.", nullptr},
      {"Sessions run at a time that suits most members.", "vague-place"},
      {"A date that suits the whole group will be agreed.", "vague-place"},
  });
}

TEST_CASE("real-document pressure: duties, repayments, short deadlines, scarce places") {
  check_rule_cases({
      {"As a panel member you have a duty to attend.", "penalty"},
      {"Volunteers who leave early will have to repay the fee.", "penalty"},
      {"Anyone who misses the induction cannot continue with the programme.", "penalty"},
      {"There are few places left, so please reply quickly.", "guilt"},
      {"Please send your answer within 12 hours.", "guilt"},
      {"We will pay you within 48 hours of the session.", nullptr},
  });
}

TEST_CASE("real-document vague and promissory wording") {
  check_rule_cases({
      {"The forum meets roughly monthly.", "vague-how-often"},
      {"Travel can be paid in certain circumstances.", "vague-amount"},
      {"We will be in contact with further information.", "details-will-follow"},
      {"Every possible effort will be made to find a venue near you.", "we-will-try"},
      {"We are passionate about involving carers in everything we do.", "committed-to"},
      {"This is a chance to make your voice heard.", "make-a-difference"},
      {"Members could move on to other paid roles.", "may-lead-to"},
  });
}

TEST_CASE("real-document pressure: reviews of membership, reliance, who should apply") {
  check_rule_cases({
      {"If you miss two meetings in a row, your place will be reviewed.", "penalty"},
      {"People who do not reply by Friday will not be shortlisted.", "penalty"},
      {"Our panel depends on the regular attendance of its members.", "guilt"},
      {"Only applicants who can guarantee their attendance should apply.", "guilt"},
      {"Please give 4 weeks' notice if you want to step down.", "failure-to"},
      {"People aged 16 or over can apply.", nullptr},
  });
}

TEST_CASE("real-document vague wording: changes, seasons, scales") {
  check_rule_cases({
      {"The venue may change.", "may-vary"},
      {"The workshop will run in the autumn.", "vague-when"},
      {"Fees will reflect the complexity of the task.", "vague-range"},
      {"Start times will not change.", nullptr},
      {"The workshop will run on 4 October.", nullptr},
  });
}

TEST_CASE("'may' with a thing as subject: a lure only when a gain or a change follows") {
  check_rule_cases({
      {"Expenses may be counted as earnings.", nullptr},
      {"It may be quicker to come by bus.", nullptr},
      {"The chair may resign by writing to the secretary.", nullptr},
      {"The project could expand to two more towns.", "speculative-modal"},
      {"The contract may be renewed.", "speculative-modal-be"},
      {"Duties may include answering the phone.", "may-be-provided"},
  });
}

TEST_CASE("risks, questions and lists with a number are not flagged") {
  check_rule_cases({
      {"Long meetings can lead to people feeling isolated.", nullptr},
      {"A payment may affect your benefits, so talk to an adviser first.", nullptr},
      {"How are the agreed expenses worked out?", nullptr},
      {"Your notes, recordings etc. are deleted after 3 years.", nullptr},
      {"We pay for travel, parking etc.", "etc"},
      {"Please walk, cycle or take the bus wherever possible.", nullptr},
      {"Please note that we pay for taxis where possible.", "where-appropriate"},
      {"The researchers are obliged to report any risk of harm.", nullptr},
      {"Panel members are obliged to read the minutes.", "required-to-person"},
  });
}

TEST_CASE("corporate promises: ensure, voice, values, working to improve") {
  check_rule_cases({
      {"The forum ensures that carers' views are heard at board level.", "make-a-difference"},
      {"Our panel gives local people a real voice in planning.", "make-a-difference"},
      {"We are working to improve how we pay people.", "make-a-difference"},
      {"Your answers will be fed into the review.", "make-a-difference"},
      {"We will be open and honest with you.", "make-a-difference"},
      {"The programme aims to reduce waiting times.", "aim-to"},
      {"There is no risk that your benefits will change.", "make-a-difference"},
      {"Carers will appreciate the chance to meet others.", "you-will-gain"},
      {"We will ensure the meeting room has step-free access on 3 May.", nullptr},
  });
}

TEST_CASE("policy wording: minimums, open lists, named policies, lost membership") {
  check_rule_cases({
      {"The board meets a minimum of 4 times a year.", "vague-how-often"},
      {"The tasks listed here are not exhaustive.", "vague-range"},
      {"Fees are paid in line with the Patient Partners Payments and Expenses policy.", "vague-pay"},
      {"This role attracts an involvement payment.", "vague-pay"},
      {"The trust will refund out of pocket expenses.", "reasonable"},
      {"Members who break the code of conduct will cease to be members.", "penalty"},
      {"The chair may revoke the appointment of any member.", "penalty"},
      {"You or we can end the agreement with 2 weeks' notice.", nullptr},
  });
}

TEST_CASE("speculative claims about health and the future") {
  check_rule_cases({
      {"Joining a group is good for your wellbeing.", "may-lead-to"},
      {"Volunteering helps with loneliness.", "may-lead-to"},
      {"We are excited to see where this takes us.", "maybe"},
      {"Capacity permitting, we can help with other projects.", "hope-expect"},
  });
}

TEST_CASE("requests and courtesy that look like promises") {
  check_rule_cases({
      {"Please ensure your receipts are included with your claim.", nullptr},
      {"We hope to see you at the next meeting.", nullptr},
      {"You should talk to a benefits adviser first.", nullptr},
      {"The network ensures local services meet the needs of carers.", "ensure-outcome"},
  });
}

TEST_CASE("strategy wording: voices at the centre, shaping the future, continuing to improve") {
  check_rule_cases({
      {"Carer voices will be integral to the new plan.", "make-a-difference"},
      {"Members will be able to influence how the money is spent.", "make-a-difference"},
      {"We will continue to improve the way we involve families.", "make-a-difference"},
      {"The council champions the views of young carers.", "make-a-difference"},
      {"Our forum helps you shape the future of local care.", "make-a-difference"},
      {"Volunteering can be a first step into paid work.", "may-lead-to"},
      {"Members often say they feel more confident after a year.", "may-lead-to"},
      {"People often find it helpful to write notes before a meeting.", nullptr},
      {"You can take part fully online.", nullptr},
  });
}

TEST_CASE("checks laid on the reader, open-ended keeping, honest risks") {
  check_rule_cases({
      {"All new members must undergo a police check.", "required-to"},
      {"Your answers will be stored until the end of the study.", "vague-use"},
      {"Recordings are kept for at least a year.", "vague-use"},
      {"Being paid may cause problems with your benefits.", nullptr},
  });
}

TEST_CASE("claim procedures, unnamed payments, open-ended keeping") {
  check_rule_cases({
      {"You must attach your tickets to the claim form.", nullptr},
      {"Members get an attendance payment for every meeting.", "vague-pay"},
      {"Your details are kept for the life of the project.", "vague-use"},
      {"Parking may be claimed for some meetings.", "may-be-provided"},
  });
}

TEST_CASE("consent wording: a group's agreement, claims about health") {
  check_rule_cases({
      {"The talk may be filmed if everyone on the panel agrees.", nullptr},
      {"Most people say that taking part improves their mood.", "may-lead-to"},
      {"Taking part will not improve your health.", nullptr},
  });
}

TEST_CASE("'we will make sure' with a plain fact is a commitment; with a feeling it is a promise") {
  check_rule_cases({
      {"We will make sure the lift is working before the meeting.", nullptr},
      {"We will make sure every member feels valued.", "ensure-outcome"},
      {"We will ensure that carers get the support they need.", "ensure-outcome"},
      {"Members are limited to 2 paid sessions a week to ensure compliance with benefit rules.", nullptr},
      {"Stress can lead to people feeling unwell.", nullptr},
      {"Volunteering can lead to new friendships.", "may-lead-to"},
  });
}

TEST_CASE("privacy risks are honest warnings") {
  check_rule_cases({
      {"Anything that could help someone identify you is removed from the notes.", nullptr},
      {"The course might count towards a recognised qualification.", "speculative-modal"},
  });
}

TEST_CASE("hedging words count only near a term of the offer") {
  check_rule_cases({
      {"We welcome people from various backgrounds.", nullptr},
      {"There are several ways to get involved.", nullptr},
      {"We regularly review this policy.", nullptr},
      {"Usually, the chair opens the meeting with introductions.", nullptr},
      {"Workshops are held at various community venues.", "vague-when"},
      {"The panel meets regularly.", "vague-when"},
      {"Your answers will usually be anonymised.", "vague-when"},
      {"Expenses are normally paid by bank transfer.", "vague-when"},
  });
}

TEST_CASE("common words that are only vague in the right place") {
  check_rule_cases({
      {"We will insert your comments into the final report.", nullptr},
      {"Meeting date: insert date.", "details-will-follow"},
      {"Needs vary from person to person.", nullptr},
      {"The reading time will vary.", "vague-when"},
      {"You will need somewhere quiet for the call.", nullptr},
      {"The venue will be somewhere in the city centre.", "vague-place"},
      {"Please do not be discouraged if you are new to this.", nullptr},
      {"Late arrival is strongly discouraged.", "failure-to"},
  });
}

TEST_CASE("lures in real adverts: wishes, past members, being invited, what a role may give") {
  check_rule_cases({
      {"In future we would like to create paid roles for members.", "hope-expect"},
      {"We would like to offer you a place on the panel.", nullptr},
      {"Former volunteers told us the course helped them find work.", "may-lead-to"},
      {"Panel members are often invited to speak at events.", "may-lead-to"},
      {"The role may give you the chance to travel.", "speculative-modal"},
  });
}

TEST_CASE("preferences and honest estimates are not forecasts") {
  check_rule_cases({
      {"Ideally, please travel by bus or train.", nullptr},
      {"Tell us what costs you are likely to incur.", nullptr},
      {"More meetings are likely to be added next year.", "maybe"},
  });
}

TEST_CASE("'we' earlier in the clause does not make 'may' ours") {
  check_rule_cases({
      {"We know there may be differences between our teams.", nullptr},
      {"We recognise some carers may find evening meetings hard.", nullptr},
      {"We may keep your details on file.", "vague-use"},
      {"We might pay for a taxi.", "we-may"},
  });
}

TEST_CASE("pressure in terms of reference: ended places, reliance, checks before starting") {
  check_rule_cases({
      {"Members who break the rules may have their membership ended.", "penalty"},
      {"The panel relies on members turning up.", "guilt"},
      {"You will need to pass a police check before you begin.", "required-to"},
      {"You do not need a police check for this role.", nullptr},
      {"Members who cannot come to the training can have a one-to-one session instead.", nullptr},
  });
}

TEST_CASE("decisions left to us, other arrangements, rough timings") {
  check_rule_cases({
      {"The team will decide which costs can be paid.", "where-appropriate"},
      {"Other arrangements can be made for people who cannot travel.", "where-appropriate"},
      {"The forum meets roughly every five weeks.", "vague-how-often"},
      {"Sessions last 90 minutes, occasionally longer.", "vague-how-often"},
      {"The coordinator will tell you which costs you can claim before the day.", nullptr},
  });
}

TEST_CASE("values claims and promises that nobody is left out") {
  check_rule_cases({
      {"The council values the expertise that carers bring.", "make-a-difference"},
      {"We will make sure that nobody is left behind.", "make-a-difference"},
      {"Together we will create a service that works for everyone.", "make-a-difference"},
      {"We will tell you if your ideas lead to a change.", nullptr},
      {"Volunteering here led to a paid job for two of our members.", "may-lead-to"},
  });
}

TEST_CASE("being part of a group is a fact; being part of a family is a sales line") {
  check_rule_cases({
      {"You will be part of a group of 8 carers.", nullptr},
      {"You will be part of our friendly team.", "make-a-difference"},
  });
}

TEST_CASE("benefit bullets and promised feelings") {
  check_rule_cases({
      {"Opportunity to publish your own article.", "may-lead-to"},
      {"Volunteers will love being part of the event.", "make-a-difference"},
      {"You will have the chance to ask questions at the end.", nullptr},
  });
}

TEST_CASE("youth panels: most sessions, usually once a month, good on your CV") {
  check_rule_cases({
      {"We provide snacks at most sessions.", "vague-amount"},
      {"The panel usually meets once a month.", "vague-when"},
      {"Volunteering looks good on college applications.", "may-lead-to"},
      {"The panel meets once a month, on the first Monday.", nullptr},
  });
}
