// Laying out the checker's word table (see word_table.hpp).
#include "check/word_table.hpp"

namespace plainly {

void WordTable::add(std::string_view word, const WordInfo* info) { pending_.push_back({std::string(word), info}); }

void WordTable::finish() {
  size_t size = 16;
  while (size < pending_.size() * 2) size *= 2;  // at most half full: short probe runs
  slots_.assign(size, Slot{});
  mask_ = size - 1;
  keys_.clear();
  for (const auto& p : pending_) {
    Slot s;
    s.hash = hash(p.word);
    s.offset = static_cast<uint32_t>(keys_.size());
    s.length = static_cast<uint32_t>(p.word.size());
    s.info = p.info;
    keys_ += p.word;
    size_t i = s.hash & mask_;
    while (slots_[i].info != nullptr) i = (i + 1) & mask_;
    slots_[i] = s;
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

}  // namespace plainly
