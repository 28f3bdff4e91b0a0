// Countries, territories and their adjectives as English press copy writes them before a title or
// inside one ("Prime Minister of Canada Justin Trudeau", "German Chancellor Olaf Scholz", "Japan’s
// Prime Minister"). A country is never a speaker (a quote "said Cambodia" has no person), and one
// that runs into a name belongs to the title. Sources: the UN member list for the region and the
// donors and partners that appear in Cambodian, ASEAN and G20 releases.

/** Country and region names. */
export const ENGLISH_COUNTRY_NAMES: readonly string[] = [
  'Cambodia', 'Kampuchea', 'Thailand', 'Vietnam', 'Viet Nam', 'Laos', 'Myanmar', 'Burma', 'Malaysia',
  'Singapore', 'Indonesia', 'Philippines', 'Brunei', 'Timor-Leste', 'China', 'Japan', 'Korea',
  'India', 'Bangladesh', 'Pakistan', 'Nepal', 'Sri Lanka', 'Australia', 'New Zealand', 'Canada',
  'Mexico', 'Brazil', 'Argentina', 'America', 'United States', 'U.S.', 'US', 'USA', 'United Kingdom',
  'UK', 'Britain', 'England', 'Scotland', 'Ireland', 'France', 'Germany', 'Italy', 'Spain',
  'Portugal', 'Netherlands', 'Belgium', 'Luxembourg', 'Switzerland', 'Austria', 'Sweden', 'Norway',
  'Denmark', 'Finland', 'Iceland', 'Poland', 'Russia', 'Ukraine', 'Turkey', 'Israel', 'Egypt',
  'South Africa', 'Nigeria', 'Kenya', 'Saudi Arabia', 'Qatar', 'United Arab Emirates', 'UAE',
  'Europe', 'Asia', 'Africa', 'ASEAN', 'Taiwan', 'Hong Kong', 'Mongolia',
];

/** Adjectives of nationality that stand before a title ("German Chancellor"). */
export const ENGLISH_NATIONALITY_WORDS: readonly string[] = [
  'Cambodian', 'Khmer', 'Thai', 'Vietnamese', 'Lao', 'Laotian', 'Burmese', 'Malaysian',
  'Singaporean', 'Indonesian', 'Filipino', 'Philippine', 'Chinese', 'Japanese', 'Korean', 'Indian',
  'Australian', 'Canadian', 'American', 'British', 'French', 'German', 'Italian', 'Spanish',
  'Dutch', 'Belgian', 'Swiss', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Russian', 'European',
  'Asian', 'African',
];
