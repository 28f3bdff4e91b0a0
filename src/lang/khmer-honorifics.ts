// Khmer forms of address and honorific titles that precede a personal name. Sources: the Royal
// Government's protocol usage in press releases (ឯកឧត្តម for ministers, លោកជំទាវ for their wives
// and women of rank, សម្តេច for the highest rank), ordinary address (លោក, លោកស្រី, អ្នកស្រី, កញ្ញា)
// and academic titles (បណ្ឌិត, សាស្ត្រាចារ្យ); កិត្តិបណ្ឌិត is an honorary doctorate used as a title.
// `gender` lets a pronoun-like bare honorific (លោកមានប្រសាសន៍ថា) find the last speaker of that kind;
// `en` is the English courtesy title the same person gets in the English version of a release
// (លោក Nick Beresford = Mr. Nick Beresford; ឯកឧត្តម = H.E.).

/** One Khmer honorific and the kind of person it addresses. */
export interface KhmerHonorific {
  form: string;
  gender: 'male' | 'female' | 'any';
  en?: string;
}

/** Khmer honorifics; longer forms are matched before their prefixes (លោកស្រី before លោក). */
export const KHMER_HONORIFICS: readonly KhmerHonorific[] = [
  { form: 'សម្តេចតេជោ', gender: 'male' },
  { form: 'សម្តេច', gender: 'any' },
  { form: 'ឯកឧត្តម', gender: 'male', en: 'H.E.' },
  { form: 'លោកជំទាវ', gender: 'female', en: 'Lok Chumteav' },
  { form: 'លោកឯកអគ្គរាជទូត', gender: 'male' },
  { form: 'លោកស្រី', gender: 'female', en: 'Mrs.' },
  { form: 'អ្នកស្រី', gender: 'female', en: 'Ms.' },
  { form: 'លោកយាយ', gender: 'female' },
  { form: 'លោកតា', gender: 'male' },
  { form: 'លោកគ្រូ', gender: 'male' },
  { form: 'អ្នកគ្រូ', gender: 'female' },
  { form: 'លោក', gender: 'male', en: 'Mr.' },
  { form: 'កញ្ញា', gender: 'female', en: 'Miss' },
  { form: 'នាយឧត្តមសេនីយ៍', gender: 'any' },
  { form: 'ឧត្តមសេនីយ៍', gender: 'any' },
  { form: 'កិត្តិបណ្ឌិតសភាចារ្យ', gender: 'any' },
  { form: 'កិត្តិបណ្ឌិត', gender: 'any', en: 'Ketebandith' },
  { form: 'សាស្ត្រាចារ្យ', gender: 'any', en: 'Prof.' },
  { form: 'បណ្ឌិត', gender: 'any', en: 'Dr.' },
];
