#pragma once
// A read-only open-addressing hash table from lowercase words to their WordInfo: the
// checker looks up every token once, so this lookup is on the hot path. Faster than
// std::unordered_map for short keys (one multiply-based hash, no division, the hash and
// length compared before the bytes).

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace plainly {

struct WordInfo;

/// Maps words to WordInfo pointers. Build once with add() then finish(); then find().
class WordTable {
 public:
  /// Add a word (its bytes are copied). Call finish() after the last add().
  void add(std::string_view word, const WordInfo* info);
  /// Lay out the table for lookups.
  void finish();
  /// The entry for `word`, or nullptr.
  const WordInfo* find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    uint64_t h = hash(word);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.info == nullptr) return nullptr;
      if (s.hash == h && s.length == word.size() && std::memcmp(keys_.data() + s.offset, word.data(), word.size()) == 0)
        return s.info;
    }
  }
  /// The hash used (exposed for tests).
  static uint64_t hash(std::string_view w) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (w.size() * 0xFF51AFD7ED558CCDull);
    size_t i = 0;
    for (; i + 8 <= w.size(); i += 8) {
      uint64_t k;
      std::memcpy(&k, w.data() + i, 8);
      h = (h ^ k) * 0xC4CEB9FE1A85EC53ull;
      h ^= h >> 29;
    }
    if (i < w.size()) {
      uint64_t k = 0;
      std::memcpy(&k, w.data() + i, w.size() - i);
      h = (h ^ k) * 0xC4CEB9FE1A85EC53ull;
      h ^= h >> 29;
    }
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, length = 0;
    const WordInfo* info = nullptr;
  };
  struct Pending {
    std::string word;
    const WordInfo* info;
  };
  std::vector<Pending> pending_;
  std::vector<Slot> slots_;
  std::string keys_;
  size_t mask_ = 0;
};

}  // namespace plainly
