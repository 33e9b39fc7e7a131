#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "core/data_paths.hpp"
#include "core/error.hpp"
#include "pictures/pictures.hpp"

using namespace plainly;

namespace {

// The concept ids the easy-read templates use (docs/markdown-conventions.md, issue 6).
const char* const kTemplateConcepts[] = {
    "money", "pay", "bank", "calendar", "clock", "place", "building", "bus", "train", "car",
    "taxi", "phone", "email", "computer", "video-call", "meeting", "group", "talking",
    "listening", "training", "writing", "form", "signature", "tick", "cross", "question",
    "stop", "break", "support-worker", "friend", "wellbeing", "contact-person", "private",
    "camera", "recording", "film", "report", "sharing", "internet", "step-free", "toilet",
    "food", "drink", "receipt", "tax", "benefits", "letter", "yes", "no", "help", "time-off",
    "learning", "idea", "heart", "home", "hospital", "document", "calendar-date", "travel",
    "train-ticket", "lived-experience", "work", "person", "people", "choice", "rules", "safe",
    "worry", "thank-you"};

size_t word_count(const std::string& s) {
  std::istringstream in(s);
  std::string w;
  size_t n = 0;
  while (in >> w) ++n;
  return n;
}

}  // namespace

TEST_CASE("en-GB has at least 80 pictures, including every concept the templates use") {
  PictureLibrary lib = load_picture_library("en-GB");
  CHECK(lib.pictures().size() >= 80);
  for (const char* id : kTemplateConcepts) {
    INFO("concept: " << id);
    CHECK(lib.find(id) != nullptr);
  }
  CHECK(lib.find(lib.default_concept()) != nullptr);
}

TEST_CASE("every picture has short alt text, keywords and a readable PNG file") {
  PictureLibrary lib = load_picture_library("en-GB");
  for (const Picture& p : lib.pictures()) {
    INFO("concept: " << p.id);
    CHECK(!p.alt.empty());
    CHECK(word_count(p.alt) <= 6);
    CHECK(!p.keywords.empty());
    CHECK(!p.from_user);
    CHECK(picture_file_problem(p.file) == "");
    CHECK(p.file.find("/templates/pictures/" + p.id + ".png") != std::string::npos);
  }
}

TEST_CASE("words are normalised the same way for keywords and text") {
  CHECK(picture_words("Step-free ACCESS!") == std::vector<std::string>{"step", "free", "access"});
  CHECK(picture_words("buses, receipts and parties") ==
        std::vector<std::string>{"bus", "receipt", "and", "party"});
  CHECK(picture_words("We pay £25.") == std::vector<std::string>{"we", "pay", "£", "25"});
  CHECK(picture_words("Sam’s o'clock 'quoted'") == std::vector<std::string>{"sam", "o'clock", "quoted"});
  CHECK(picture_words("bus glass access yes").size() == 4);
  CHECK(picture_words("bus glass access yes")[1] == "glass");
  CHECK(picture_words("").empty());
}

TEST_CASE("picture:auto chooses by keywords, deterministically, with a default") {
  PictureLibrary lib = load_picture_library("en-GB");
  CHECK(lib.choose("We pay you £25 for each hour.") == "pay");
  CHECK(lib.choose("You can come by bus or by train.") == "bus");
  CHECK(lib.choose("Please tell us if you need step-free access.") == "step-free");
  CHECK(lib.choose("We will send you a letter.") == "letter");
  CHECK(lib.choose("Please send us your receipts.\nKeep a copy.") == "receipt");
  CHECK(lib.choose("You can stop at any time.") == "stop");
  CHECK(lib.choose("Lunch is free.") == "food");
  CHECK(lib.choose("Zzz qqq.") == lib.default_concept());
  CHECK(lib.choose("") == lib.default_concept());
  CHECK(lib.choose("We pay you £25 for each hour.") == lib.choose("We pay you £25 for each hour."));
}

TEST_CASE("the library can be read from many threads at once") {
  const PictureLibrary lib = load_picture_library("en-GB");
  std::vector<std::thread> threads;
  std::vector<std::string> got(4);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) got[t] = lib.choose("Tell us if you need a taxi.");
    });
  for (auto& th : threads) th.join();
  for (const auto& g : got) CHECK(g == "taxi");
}

TEST_CASE("an unknown locale is a clear error, exit 2") {
  try {
    load_picture_library("xx-XX");
    FAIL("expected an error");
  } catch (const PlainlyError& e) {
    CHECK(e.code() == ExitCode::BadInput);
    CHECK(std::string(e.what()).find("xx-XX") != std::string::npos);
  }
}

TEST_CASE("every picture:CONCEPT in the built-in templates is in the en-GB list") {
  namespace fs = std::filesystem;
  PictureLibrary lib = load_picture_library("en-GB");
  const std::regex named(R"(\]\(picture:([A-Za-z0-9_-]+)\))");
  size_t seen = 0;
  for (const auto& entry : fs::recursive_directory_iterator(fs::path(data_dir()) / "templates")) {
    if (entry.path().extension() != ".mustache") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string s = text.str();
    for (std::sregex_iterator it(s.begin(), s.end(), named), end; it != end; ++it) {
      std::string id = (*it)[1];
      if (id == "auto") continue;
      ++seen;
      INFO(entry.path().string() << " uses picture:" << id);
      CHECK(lib.find(id) != nullptr);
    }
  }
  MESSAGE("picture concepts named in templates: " << seen);
}
