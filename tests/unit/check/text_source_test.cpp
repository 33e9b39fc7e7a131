// TextSource: a named pipe (/dev/stdin, <(...)) is read once, its chunks checked as read;
// chunks of a regular file end at paragraph breaks and add up to the whole file.
#include <doctest/doctest.h>

#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>

#include "check/text_source.hpp"
#include "core/error.hpp"
#include "../temp_paths.hpp"

using namespace plainly;

namespace {

/// Write `text` into the FIFO at `path` from another thread while `read` reads it.
std::string through_fifo(const std::string& path, const std::string& text) {
  ::unlink(path.c_str());
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  std::thread writer([&] {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return;
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  });
  std::string all, chunk;
  try {
    TextSource src(path);
    int line = 0, col = 0;
    while (src.next(chunk, line, col)) all += chunk;
  } catch (...) {
    writer.join();
    ::unlink(path.c_str());
    throw;
  }
  writer.join();
  ::unlink(path.c_str());
  return all;
}

}  // namespace

TEST_CASE("text source: a named pipe is read once, not checked and then read again") {
  std::string path = test::temp_path("fifo").string();
  std::string text = "We will pay you.\n\nThis may lead to paid work.\n";
  CHECK(through_fifo(path, text) == text);
}

TEST_CASE("text source: bad bytes through a named pipe are still reported") {
  std::string path = test::temp_path("fifo-bad").string();
  CHECK_THROWS_AS(through_fifo(path, "fine\nnot \xff fine\n"), PlainlyError);
}

TEST_CASE("text source: chunks of a regular file end at paragraph breaks and add up to the file") {
  std::string path = test::temp_path("chunks.txt").string();
  std::string text;
  for (int i = 0; i < 3000; ++i) text += "Paragraph " + std::to_string(i) + " has a few words in it.\n\n";
  std::ofstream(path, std::ios::binary) << text;
  TextSource src(path, 4096);
  std::string all, chunk;
  int line = 0, col = 0, chunks = 0, expected_line = 1;
  while (src.next(chunk, line, col)) {
    CHECK(line == expected_line);
    CHECK(col == 1);
    if (all.size() + chunk.size() < text.size()) CHECK(chunk.substr(chunk.size() - 2) == "\n\n");
    for (char c : chunk) expected_line += c == '\n';
    all += chunk;
    ++chunks;
  }
  std::remove(path.c_str());
  CHECK(all == text);
  CHECK(chunks > 10);
}
