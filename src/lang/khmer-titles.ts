// Khmer head words of job titles and roles (government protocol titles, party and NGO roles,
// occupations used to describe a speaker in VOA Khmer / RFA copy). A role phrase between a name
// and its speech verb is kept only when it contains one of these.

/** Khmer head words of job titles, used to keep a role phrase between a name and its verb. */
export const KHMER_TITLE_WORDS: readonly string[] = [
  'នាយករដ្ឋមន្ត្រី', 'រដ្ឋមន្ត្រី', 'រដ្ឋលេខាធិការ', 'អនុរដ្ឋលេខាធិការ', 'អ្នកតំណាង', 'តំណាង',
  'អ្នកនាំពាក្យ', 'ប្រធាន', 'អនុប្រធាន', 'នាយក', 'អគ្គនាយក', 'ឯកអគ្គរាជទូត', 'អភិបាល', 'មេឃុំ',
  'សមាជិក', 'អ្នកវិភាគ', 'អ្នកស្រាវជ្រាវ', 'សាស្ត្រាចារ្យ', 'ចៅក្រម', 'ព្រះរាជអាជ្ញា', 'មេធាវី',
  'អ្នកសារព័ត៌មាន', 'កសិករ', 'អ្នកលក់', 'មន្ត្រី', 'ប្រធានាធិបតី', 'តំណាងរាស្ត្រ', 'សមាជិកសភា',
  'អ្នកជំនាញ', 'អ្នកចម្ការ', 'ព្រះសង្ឃ', 'អ្នកសម្របសម្រួល', 'លេខាធិការ', 'ទីប្រឹក្សា',
];
