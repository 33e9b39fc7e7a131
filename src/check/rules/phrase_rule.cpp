// Rule kinds "phrase", "pattern" and "substitution": token patterns found through an index
// of their first word.
#include "check/rules/match.hpp"

namespace plainly {

static void try_entry(SentenceContext& ctx, const IndexEntry& e, size_t i) {
  const Rule& r = ctx.data.set.rules[e.rule];
  if (r.easy_read_only && !ctx.options.easy_read) return;
  const Pattern& p = e.substitution ? r.substitutions[e.pattern].first : r.patterns[e.pattern];
  if (!ctx.may_match(p)) return;
  int end = ctx.match(p, i);
  if (end <= static_cast<int>(i)) return;
  size_t last = static_cast<size_t>(end) - 1;
  if (ctx.excused(r, i, last)) return;
  Hit h;
  h.rule = e.rule;
  h.begin = ctx.tokens()[i].begin;
  h.end = ctx.tokens()[last].end;
  if (e.substitution) h.plain = r.substitutions[e.pattern].second;
  ctx.hits.push_back(std::move(h));
}

void run_patterns_at(SentenceContext& ctx, size_t i) {
  const Token& t = ctx.tokens()[i];
  if (t.is(kPunct)) return;
  if (t.info)
    for (const IndexEntry& e : t.info->patterns) try_entry(ctx, e, i);
  for (const IndexEntry& e : ctx.data.by_flag) try_entry(ctx, e, i);
}

}  // namespace plainly
