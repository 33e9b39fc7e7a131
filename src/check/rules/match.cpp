// Token patterns, clause subjects and context conditions.
#include "check/rules/match.hpp"

namespace plainly {

bool SentenceContext::element_matches(const PatternElement& e, const Token& t) const {
  if (t.is(kPunct)) return e.negate;  // "!form" matches the end of a clause too
  bool m = t.info != nullptr && (t.info->classes & e.class_mask) != 0;
  if (!m && e.builtin) {
    const KnownClasses& k = data.known;
    m = (e.builtin & kAnyWord) || ((e.builtin & kMoneyClass) && t.is(kMoney)) ||
        ((e.builtin & kCapitalClass) && t.is(kCapital)) ||
        ((e.builtin & kNumClass) && (t.is(kNumber) || CheckerData::has(t, k.number_word))) ||
        ((e.builtin & kDateClass) && (t.is(kNumber) || CheckerData::has(t, k.date_word)));
  }
  if (!m && t.info)
    for (const WordInfo* w : e.word_ptrs)
      if (t.info == w) { m = true; break; }
  return e.negate ? !m : m;
}

// Backtracking match of elements [k..] from token i; returns the end token or -1. Before a
// plain element after the first, one filler word ("also", "formally") may be stepped over.
static int match_from(const SentenceContext& ctx, const Pattern& p, size_t k, size_t i, bool may_skip = true) {
  const auto& toks = ctx.tokens();
  if (k == p.elements.size()) return static_cast<int>(i);
  const PatternElement& e = p.elements[k];
  if (e.gap) {
    for (int g = 0; g <= e.gap; ++g) {
      // A gap may cross commas ("by taking part, you agree") but not other punctuation.
      if (g > 0 && (i + g - 1 >= toks.size() || (toks[i + g - 1].is(kPunct) && toks[i + g - 1].lower != ","))) break;
      int r = match_from(ctx, p, k + 1, i + g);
      if (r >= 0) return r;
    }
    return -1;
  }
  if (i < toks.size() && ctx.element_matches(e, toks[i])) {
    int r = match_from(ctx, p, k + 1, i + 1);
    if (r >= 0) return r;
  }
  if (may_skip && k > 0 && !e.negate && i + 1 < toks.size() && CheckerData::has(toks[i], ctx.data.known.filler)) {
    int r = match_from(ctx, p, k, i + 1, false);
    if (r >= 0) return r;
  }
  if (e.optional) return match_from(ctx, p, k + 1, i);
  return -1;
}

int SentenceContext::match(const Pattern& p, size_t i) const { return match_from(*this, p, 0, i); }

bool SentenceContext::may_match(const Pattern& p) const {
  for (const auto& [classes, bloom] : p.required_masks)
    if ((classes & sentence_classes) == 0 && (bloom & sentence_bloom) == 0) return false;
  return true;
}

bool SentenceContext::is_negation(size_t i) const {
  return i < tokens().size() && CheckerData::has(tokens()[i], data.known.negation);
}

size_t SentenceContext::clause_start(size_t i) const {
  const auto& toks = tokens();
  size_t limit = i > 40 ? i - 40 : 0;  // a clause longer than 40 words: look no further back
  while (i > limit) {
    const Token& t = toks[i - 1];
    if (t.is(kPunct) || CheckerData::has(t, data.known.clause_break)) break;
    --i;
  }
  return i;
}

size_t SentenceContext::skip_adverbs(size_t i) const {
  const auto& toks = tokens();
  while (i < toks.size() && !toks[i].is(kPunct) && CheckerData::has(toks[i], data.known.adverb)) ++i;
  return i;
}

// "We cannot promise that the service will change", "we will not publish anything that
// could identify you": a clause that starts with "that", "which", "who" or "whether" hangs
// off the words before it, so a negation up to 4 words before that word covers it too.
bool SentenceContext::hangs_off_negation(size_t clause_first) const {
  if (clause_first == 0) return false;
  std::string_view link = tokens()[clause_first - 1].lower;
  if (link != "that" && link != "which" && link != "who" && link != "whom" && link != "whether")
    return false;
  size_t stop = clause_first > 5 ? clause_first - 5 : 0;
  for (size_t k = clause_first - 1; k > stop; --k) {
    if (tokens()[k - 1].is(kPunct)) break;
    if (is_negation(k - 1)) return true;
  }
  return false;
}

bool SentenceContext::has_flag(uint8_t flag) const {
  for (const auto& t : tokens())
    if (t.flags & flag) return true;
  return false;
}

bool SentenceContext::has_class_word(int cls) const {
  for (const auto& t : tokens())
    if (CheckerData::has(t, cls)) return true;
  return false;
}

// "if that is easier for you", "if it suits you": a condition word, then "for you" or
// "suits you" in the same clause (up to 6 words on): the reader's convenience decides.
static bool suits_reader(const std::vector<Token>& toks, size_t i) {
  for (size_t k = i + 1; k + 1 < toks.size() && k <= i + 6; ++k) {
    if (toks[k].is(kPunct)) return false;
    std::string_view w = toks[k].lower;
    if ((w == "for" || w == "suits" || w == "suit") && toks[k + 1].lower == "you") return true;
  }
  return false;
}

// "if you agree", "only if everyone says yes", "unless you tick", "with your permission",
// "if that is easier for you", "on request".
bool SentenceContext::has_condition() const {
  const auto& toks = tokens();
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    const KnownClasses& known = data.known;
    if (CheckerData::has(toks[i], known.condition_word)) {
      for (size_t k = i + 1; k < toks.size() && k <= i + 2; ++k) {
        if (!CheckerData::has(toks[k], known.person)) continue;
        // "if everyone in the group agrees": the verb may come up to 4 words after the person.
        for (size_t v = k + 1; v < toks.size() && v <= k + 4; ++v)
          if (CheckerData::has(toks[v], known.choice_verb)) return true;
      }
      if (suits_reader(toks, i)) return true;
    }
    if (toks[i].lower == "your" && CheckerData::has(toks[i + 1], known.consent_noun)) return true;
    if ((toks[i].lower == "on" || toks[i].lower == "upon") && toks[i + 1].lower == "request") return true;
  }
  return false;
}

bool SentenceContext::excused(const Rule& r, size_t first, size_t last) const {
  for (Unless u : r.unless) {
    switch (u) {
      case Unless::Question:
        if (sentence.is_question) return true;
        break;
      case Unless::Negated: {
        // "we cannot promise any more work": a negation up to 4 words back in the clause.
        size_t cs = clause_start(first);
        for (size_t k = first; k > cs && first - k < 4; --k)
          if (is_negation(k - 1)) return true;
        if (is_negation(last + 1) || (first + 1 <= last && is_negation(first + 1))) return true;
        if (hangs_off_negation(cs)) return true;
        break;
      }
      case Unless::FixedTerm:
        if (fixed_term_ < 0)
          fixed_term_ = has_flag(kNumber | kMoney) || has_class_word(data.known.date_word) ||
                        has_class_word(data.known.number_word);
        if (fixed_term_) return true;
        break;
      case Unless::Money:
        if (money_ < 0) money_ = has_flag(kMoney) || has_class_word(data.known.money_word);
        if (money_) return true;
        break;
      case Unless::Warning: {
        if (warning_ < 0) warning_ = has_class_word(data.known.warning);
        if (warning_) return true;
        // "..., so we have booked taxis": a risk stated with what is done about it.
        if (last_comma_so_ == -2) {
          last_comma_so_ = -1;
          const auto& toks = tokens();
          for (size_t k = 0; k + 1 < toks.size(); ++k)
            if (toks[k].is(kPunct) && toks[k].lower == "," && toks[k + 1].lower == "so")
              last_comma_so_ = static_cast<long long>(k);
        }
        if (last_comma_so_ > static_cast<long long>(last)) return true;
        break;
      }
      case Unless::Condition:
        if (condition_ < 0) condition_ = has_condition();
        if (condition_) return true;
        break;
      case Unless::Request: {
        // "let us know as soon as possible", "contact us promptly": "us" earlier in the clause;
        // "please use public transport wherever possible": "please" earlier in the clause.
        for (size_t k = clause_start(first); k < first; ++k)
          if (tokens()[k].lower == "us" || tokens()[k].lower == "please") return true;
        // "Where possible, please use public transport": the words ask the reader.
        for (size_t k = last + 1; k < tokens().size() && k <= last + 2; ++k)
          if (tokens()[k].lower == "please") return true;
        // "please use the bus or share a car wherever possible": "please" up to 8 words back,
        // across "or" and "and" (but not "please note that ...", which only introduces a fact).
        for (size_t k = first, n = 0; k > 0 && n < 8; --k, ++n) {
          const Token& t = tokens()[k - 1];
          if (t.is(kPunct) && t.lower != ",") break;
          if (t.lower == "please" && k < tokens().size() && tokens()[k].lower != "note" &&
              tokens()[k].lower != "be")
            return true;
        }
        break;
      }
      case Unless::Relative: {
        if (first == 0) break;
        std::string_view w = tokens()[first].lower;
        if (w != "we" && w != "i" && w != "we'll" && w != "we're") break;
        const Token& prev = tokens()[first - 1];
        if (prev.is(kWord) && !CheckerData::has(prev, data.known.clause_break) &&
            !CheckerData::has(prev, data.known.adverb) && !CheckerData::has(prev, data.known.negation))
          return true;
        break;
      }
      case Unless::Permission: {
        size_t j = skip_adverbs(last + 1);
        if (j < tokens().size() && CheckerData::has(tokens()[j], data.known.permission)) return true;
        break;
      }
    }
  }
  return false;
}

}  // namespace plainly
