package dev.crmroi.generator;

import java.util.Locale;
import java.util.SplittableRandom;

/** Word lists for plausible people and company names; company names are unique by index. */
final class Names {

  static final String[] FIRST = {
    "Anna",
    "James",
    "Maria",
    "Wei",
    "Lucas",
    "Sofia",
    "Noah",
    "Emma",
    "Liam",
    "Olivia",
    "Mateo",
    "Aisha",
    "Omar",
    "Yuki",
    "Hiroshi",
    "Priya",
    "Arjun",
    "Chloe",
    "Ethan",
    "Isabella",
    "Jakub",
    "Zofia",
    "Lars",
    "Ingrid",
    "Pierre",
    "Camille",
    "Diego",
    "Valentina",
    "Kwame",
    "Amara",
    "Mei",
    "Jun",
    "Fatima",
    "Ali",
    "Hannah",
    "Daniel",
    "Sara",
    "Erik",
    "Elena",
    "Marco",
    "Laura",
    "Tom",
    "Nina",
    "Oscar",
    "Ruth",
    "Samuel",
    "Grace",
    "Victor",
    "Ava",
    "Leo"
  };
  static final String[] LAST = {
    "Smith", "Johnson", "Garcia", "Chen", "Muller", "Rossi", "Kowalski", "Nowak", "Andersson",
    "Nilsson", "Dubois", "Martin", "Silva", "Santos", "Tanaka", "Sato", "Patel", "Sharma",
    "Kim", "Lee", "Nguyen", "Brown", "Wilson", "Taylor", "Moreau", "Fischer", "Weber",
    "Lopez", "Hernandez", "Okafor", "Mensah", "Haddad", "Khan", "Ivanova", "Novak", "Berg",
    "Larsen", "Jensen", "Costa", "Ferreira", "Schmidt", "Wagner", "Clarke", "Walsh", "Murphy",
    "Cohen", "Levi", "Park", "Wang", "Zhang"
  };
  private static final String[] PREFIX = {
    "North", "Blue", "Bright", "Silver", "Red", "Green", "Iron", "Oak", "Summit", "River", "Stone",
    "Clear", "Swift", "Golden", "Pine", "Harbor", "Eagle", "Atlas", "Nova", "Vertex", "Apex",
    "Cedar", "Maple", "Crystal", "Falcon", "Granite", "Horizon", "Lumen", "Orion", "Pioneer",
    "Quantum", "Sierra", "Titan", "Union", "Vista", "Willow", "Zenith", "Coral", "Delta", "Echo"
  };
  private static final String[] CORE = {
    "wind", "peak", "field", "gate", "bridge", "wave", "point", "line", "rock", "star", "path",
    "view", "works", "craft", "stream", "light", "forge", "port", "ridge", "well", "wood", "vale",
    "spring", "crest", "mark", "haven", "shore", "bay", "dale", "ford"
  };
  private static final String[] SECTOR = {
    "Logistics",
    "Analytics",
    "Systems",
    "Foods",
    "Health",
    "Energy",
    "Robotics",
    "Capital",
    "Motors",
    "Labs",
    "Media",
    "Retail",
    "Software",
    "Networks",
    "Pharma",
    "Textiles",
    "Foods",
    "Engineering",
    "Consulting",
    "Materials",
    "Aerospace",
    "Marine",
    "Telecom",
    "Solutions",
    "Industries"
  };

  static final String[] LEGAL_BY_UNIT = {"Inc.", "GmbH", "Pty Ltd", "S.A.", "LLC"};

  private Names() {}

  /** A company name unique for each {@code index} below PREFIX × CORE × SECTOR (30,000). */
  static String company(long index) {
    // A multiplicative permutation spreads consecutive indexes over the word space.
    long space = (long) PREFIX.length * CORE.length * SECTOR.length;
    long k = (index * 7919L + 13) % space;
    String prefix = PREFIX[(int) (k % PREFIX.length)];
    String core = CORE[(int) (k / PREFIX.length % CORE.length)];
    String sector = SECTOR[(int) (k / PREFIX.length / CORE.length % SECTOR.length)];
    String base = prefix + core + " " + sector;
    long round = index / space;
    return round == 0 ? base : base + " " + roman(round + 1);
  }

  /** The web domain of a company, from its name without legal form. */
  static String domain(String company) {
    return company.toLowerCase(Locale.ROOT).replace(' ', '-') + ".com";
  }

  static String emailLocal(String first, String last) {
    return (first + "." + last).toLowerCase(Locale.ROOT);
  }

  static String phone(int unit, SplittableRandom rng) {
    String[] country = {"+1", "+49", "+61", "+55", "+971"};
    return country[unit]
        + " "
        + (200 + rng.nextInt(800))
        + " "
        + (1000 + rng.nextInt(9000))
        + " "
        + (100 + rng.nextInt(900));
  }

  private static String roman(long n) {
    String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n < r.length ? r[(int) n] : Long.toString(n);
  }
}
