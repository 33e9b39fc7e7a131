// Rule kinds "phrase", "pattern" and "substitution": token patterns found through an index
// of their first word.
#include "check/rules/match.hpp"

namespace plainly {

/// The entry's quick test on the token after the first: false if the pattern cannot match.
static bool next_may_match(const SentenceContext& ctx, const IndexEntry& e, size_t i) {
  if (!e.next_filter) return true;
  const auto& toks = ctx.tokens();
  if (i + 1 >= toks.size()) return false;
  NextFilter f{e.next_classes, e.next_bloom, false, e.next_bloom_high};
  return f.passes(toks[i + 1].info);  // nullptr for punctuation and unknown words
}

/// Could the sentence hold a word of required element `k`? The two bloom tests only.
static bool may_have_word(const SentenceContext& ctx, const IndexEntry& e, int k) {
  return (e.required_bloom[k] & ctx.sentence_bloom) != 0 && (e.required_bloom2[k] & ctx.sentence_bloom2) != 0;
}

/// Does the sentence hold a word of required element `k`? Exact when the entry has the
/// element's word ids and the sentence's bit set is known; otherwise true (the blooms passed).
static bool has_word(const SentenceContext& ctx, const IndexEntry& e, int k) {
  if (!e.required_exact[k] || ctx.sentence_words == nullptr) return true;
  for (uint32_t id : e.required_ids[k])
    if ((ctx.sentence_words[id >> 6] >> (id & 63)) & 1u) return true;
  return false;
}

/// The sentence test, from the entry's copy of the pattern's required elements: every
/// element is in the sentence by class or by word. The cheap bloom tests of all elements
/// come before any exact test.
static inline bool sentence_may_hold(const SentenceContext& ctx, const IndexEntry& e) {
  for (int k = 0; k < e.required_count; ++k)
    if ((e.required_classes[k] & ctx.sentence_classes) == 0 && !may_have_word(ctx, e, k)) return false;
  for (int k = 0; k < e.required_count; ++k)
    if ((e.required_classes[k] & ctx.sentence_classes) == 0 && !has_word(ctx, e, k)) return false;
  return true;
}

/// Match the entry's pattern at token `i` (the quick tests passed) and record a hit.
static void match_entry(SentenceContext& ctx, const IndexEntry& e, size_t i) {
  const Rule& r = ctx.data.set.rules[e.rule];
  const Pattern& p = e.substitution ? r.substitutions[e.pattern].first : r.patterns[e.pattern];
  if (e.required_more && !ctx.may_match(p)) return;
  int end = ctx.match(p, i);
  if (end <= static_cast<int>(i)) return;
  size_t last = static_cast<size_t>(end) - 1;
  if (ctx.excused(r, i, last)) return;
  Hit h;
  h.rule = e.rule;
  h.begin = ctx.tokens()[i].begin;
  h.end = ctx.tokens()[last].end;
  if (e.substitution) h.plain = &r.substitutions[e.pattern].second;
  ctx.hits.push_back(std::move(h));
}

static void try_entry(SentenceContext& ctx, const IndexEntry& e, size_t i) {
  if (e.easy_read_only && !ctx.options.easy_read) return;
  if (!next_may_match(ctx, e, i) || !sentence_may_hold(ctx, e)) return;
  match_entry(ctx, e, i);
}

void run_patterns_at(SentenceContext& ctx, size_t i) {
  const Token& t = ctx.tokens()[i];
  if (t.is(kPunct)) return;
  if (t.info) {
    // Screen the entries on the next token first: most fail, and this loop is cheap.
    const auto& toks = ctx.tokens();
    const WordInfo* next = i + 1 < toks.size() ? toks[i + 1].info : nullptr;
    uint64_t classes = next ? next->classes : 0;
    uint64_t bit = next ? uint64_t{1} << (next->id & 63) : 0;
    uint64_t high = next ? uint64_t{1} << ((next->id >> 6) & 63) : 0;
    const NextFilter& any = t.info->any_filter;
    const std::vector<NextFilter>& filters = t.info->filters;
    bool some = any.always || (any.classes & classes) != 0 || ((any.bloom & bit) != 0 && (any.bloom_high & high) != 0);
    for (size_t k = 0; some && k < filters.size(); ++k) {
      const NextFilter& f = filters[k];
      if (!(f.always || (f.classes & classes) != 0 || ((f.bloom & bit) != 0 && (f.bloom_high & high) != 0))) continue;
      const IndexEntry& e = t.info->patterns[k];  // the next-word test is done: the others
      if (e.easy_read_only && !ctx.options.easy_read) continue;
      if (sentence_may_hold(ctx, e)) match_entry(ctx, e, i);
    }
  }
  for (const IndexEntry& e : ctx.data.by_flag) try_entry(ctx, e, i);
}

}  // namespace plainly
