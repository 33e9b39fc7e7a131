// Whole-sentence rule kinds: length, acronym, passive and number-words (all clarity).
#include <string>

#include "check/rules/match.hpp"

namespace plainly {
namespace {

void run_length(SentenceContext& ctx, int ri) {
  const Rule& r = ctx.data.set.rules[ri];
  int limit = ctx.options.easy_read ? r.easy_read_max_words : r.max_words;
  if (ctx.sentence.word_count <= limit) return;
  Hit h;
  h.rule = ri;
  h.begin = ctx.sentence.begin;
  h.end = ctx.sentence.end;
  h.words = ctx.sentence.word_count;
  ctx.hits.push_back(h);
}

bool all_capitals(const SentenceContext& ctx) {
  int words = 0;
  for (const auto& t : ctx.tokens()) {
    if (!t.is(kWord)) continue;
    ++words;
    if (!t.is(kUpper)) return false;
  }
  return words > 1;
}

/// "NHS (National Health Service)", "National Health Service (NHS)" anywhere in the text.
bool explained(std::string_view whole, std::string_view acronym) {
  std::string a(acronym);
  return whole.find("(" + a + ")") != std::string_view::npos ||
         whole.find(a + " (") != std::string_view::npos;
}

void run_acronym(SentenceContext& ctx, int ri, std::string_view whole) {
  const Rule& r = ctx.data.set.rules[ri];
  bool shouting = false, checked = false;
  const auto& toks = ctx.tokens();
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    if (!t.is(kUpper)) continue;
    std::string_view word = ctx.text.substr(t.begin, t.end - t.begin);
    size_t letters = 0, digits = 0;
    for (char c : word) {
      letters += (c >= 'A' && c <= 'Z');
      digits += (c >= '0' && c <= '9');
    }
    if (digits > 0) continue;  // postcodes (LS1) and codes, not acronyms
    // Part of a proper name ("Northgate NHS Trust"): the name cannot be rewritten.
    if (i + 1 < toks.size() && toks[i + 1].is(kCapital) && !toks[i + 1].is(kUpper)) continue;
    if (letters < 2 || letters > 6 || r.allow.count(std::string(t.lower))) continue;
    if (!checked) { shouting = all_capitals(ctx); checked = true; }
    if (shouting) return;
    if (ctx.seen_acronyms) {  // judge each acronym once (at most 65,536 kept: memory stays bounded)
      if (ctx.seen_acronyms->find(word) != ctx.seen_acronyms->end()) continue;
      if (ctx.seen_acronyms->size() < (1u << 16)) ctx.seen_acronyms->insert(std::string(word));
    }
    if (explained(whole, word)) continue;
    ctx.hits.push_back(Hit{ri, t.begin, t.end, nullptr, 0});
  }
}

bool is_participle(const SentenceContext& ctx, const Rule& r, const Token& t) {
  if (!t.is(kWord)) return false;
  std::string_view w = t.lower;
  bool candidate = CheckerData::has(t, ctx.data.known.irregular_participle) ||
                   (w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0);
  return candidate && !r.allow.count(std::string(w));  // the allow list only for candidates
}

void run_passive(SentenceContext& ctx, int ri) {
  const Rule& r = ctx.data.set.rules[ri];
  const auto& toks = ctx.tokens();
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!CheckerData::has(toks[i], ctx.data.known.be_aux)) continue;
    size_t j = i + 1;
    while (j < toks.size() && (ctx.is_negation(j) || CheckerData::has(toks[j], ctx.data.known.adverb))) ++j;
    if (j >= toks.size() || !is_participle(ctx, r, toks[j])) continue;
    bool agent = false;  // "paid by the Trust" names who does it: fine
    for (size_t k = j + 1; k < toks.size() && k <= j + 20 && !toks[k].is(kPunct); ++k)
      agent = agent || toks[k].lower == "by";
    if (!agent) ctx.hits.push_back(Hit{ri, toks[i].begin, toks[j].end, nullptr, 0});
    i = j;
  }
}

void run_number_words(SentenceContext& ctx, int ri) {
  const Rule& r = ctx.data.set.rules[ri];
  if (!ctx.options.easy_read) return;
  for (const auto& t : ctx.tokens())
    if (t.is(kWord) && r.allow.count(std::string(t.lower))) ctx.hits.push_back(Hit{ri, t.begin, t.end, nullptr, 0});
}

}  // namespace

void run_sentence_rules(SentenceContext& ctx, std::string_view whole_text) {
  for (int ri : ctx.data.sentence_rules) {
    switch (ctx.data.set.rules[ri].kind) {
      case RuleKind::Length: run_length(ctx, ri); break;
      case RuleKind::Acronym: run_acronym(ctx, ri, whole_text); break;
      case RuleKind::Passive: run_passive(ctx, ri); break;
      case RuleKind::NumberWords: run_number_words(ctx, ri); break;
      default: break;
    }
  }
}

}  // namespace plainly
