#include "WordList.h"

#include <array>

namespace dit::sync {

namespace {
// Our own list of 256 plain, concrete, easy-to-say words (written for this project, not
// taken from another list): no two alike, nothing upsetting, so a phrase is calm to read out.
constexpr std::array<const char *, 256> kWords = {
    "acorn",    "almond",  "amber",    "anchor",  "apple",    "apron",   "arch",    "arrow",
    "aspen",    "atlas",   "autumn",   "badge",   "bakery",   "balloon", "bamboo",  "banjo",
    "barley",   "basket",  "beach",    "beacon",  "bean",     "berry",   "bicycle", "birch",
    "biscuit",  "blanket", "blossom",  "boat",    "bonnet",   "book",    "bottle",  "bowl",
    "branch",   "bread",   "breeze",   "brick",   "bridge",   "brook",   "brush",   "bubble",
    "bucket",   "butter",  "button",   "cabin",   "cactus",   "cake",    "camel",   "candle",
    "canoe",    "canvas",  "canyon",   "carpet",  "carrot",   "castle",  "cedar",   "chalk",
    "cherry",   "chess",   "chimney",  "cider",   "circle",   "clover",  "cloud",   "coast",
    "coconut",  "comet",   "compass",  "copper",  "coral",    "cotton",  "cradle",  "crane",
    "crayon",   "cricket", "crown",    "crystal", "cup",      "daisy",   "dancer",  "delta",
    "desert",   "diamond", "dolphin",  "donkey",  "door",     "dragon",  "drum",    "eagle",
    "echo",     "elbow",   "elm",      "ember",   "engine",   "fabric",  "falcon",  "feather",
    "fence",    "fern",    "ferry",    "field",   "fig",      "finch",   "flag",    "flute",
    "forest",   "fossil",  "fountain", "fox",     "garden",   "garlic",  "ginger",  "glacier",
    "globe",    "glove",   "goose",    "grape",   "gravel",   "guitar",  "hammock", "harbour",
    "harp",     "hazel",   "hedge",    "helmet",  "heron",    "hill",    "honey",   "horizon",
    "island",   "ivory",   "jacket",   "jasmine", "jelly",    "jigsaw",  "kayak",   "kettle",
    "kite",     "kiwi",    "koala",    "ladder",  "lagoon",   "lake",    "lantern", "lark",
    "lemon",    "lily",    "linen",    "lobster", "lotus",    "magnet",  "mango",   "maple",
    "marble",   "meadow",  "melon",    "mirror",  "mitten",   "moon",    "mosaic",  "moss",
    "mountain", "muffin",  "needle",   "nest",    "noodle",   "oak",     "oasis",   "ocean",
    "olive",    "onion",   "orange",   "orchard", "otter",    "owl",     "paddle",  "palm",
    "panda",    "paper",   "parrot",   "pasta",   "peach",    "pebble",  "pencil",  "pepper",
    "piano",    "pillow",  "pine",     "planet",  "plum",     "pocket",  "pony",    "poppy",
    "puffin",   "pumpkin", "quill",    "quilt",   "rabbit",   "radish",  "rainbow", "raven",
    "reed",     "ribbon",  "river",    "robin",   "rocket",   "rose",    "saddle",  "sail",
    "salmon",   "sandal",  "scarf",    "shell",   "ship",     "silver",  "sketch",  "sled",
    "snail",    "sparrow", "spinach",  "spoon",   "spruce",   "squash",  "star",    "stone",
    "straw",    "summit",  "sunrise",  "swan",    "table",    "teapot",  "thimble", "thistle",
    "tiger",    "timber",  "toast",    "tomato",  "tortoise", "tower",   "trumpet", "tulip",
    "tunnel",   "turnip",  "umbrella", "valley",  "velvet",   "violin",  "walnut",  "walrus",
    "wagon",    "whistle", "willow",   "window",  "winter",   "wren",    "yacht",   "zebra",
};
} // namespace

QString wordAt(int index)
{
    return QString::fromLatin1(kWords[std::size_t(index) & 0xff]);
}

int wordCount()
{
    return int(kWords.size());
}

} // namespace dit::sync
