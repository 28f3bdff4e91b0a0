// Well-known Cambodian institutions, parties, media and international organizations with their
// English and Khmer names as they print them (official sites of the Royal Government, the National
// Election Committee, UN agencies in Cambodia; VOA Khmer and RFA style). The first English and Khmer
// form is the full name; later forms are short names and spelling variants. Used to recognise
// organizations and to pair their names across languages.

/** One organization known in both languages. */
export interface KnownOrganization {
  en: readonly string[];
  km: readonly string[];
  acronym?: string;
}

/** Organizations presspipe recognises by name, with both names. */
export const KNOWN_ORGANIZATIONS: readonly KnownOrganization[] = [
  { en: ['Royal Government of Cambodia', 'Royal Government'], km: ['រាជរដ្ឋាភិបាលកម្ពុជា', 'រាជរដ្ឋាភិបាល'], acronym: 'RGC' },
  { en: ['National Assembly'], km: ['រដ្ឋសភា'] },
  { en: ['Senate'], km: ['ព្រឹទ្ធសភា'] },
  { en: ['Council of Ministers'], km: ['ទីស្តីការគណៈរដ្ឋមន្ត្រី'] },
  { en: ['National Election Committee'], km: ['គណៈកម្មាធិការជាតិរៀបចំការបោះឆ្នោត', 'គ.ជ.ប'], acronym: 'NEC' },
  { en: ['Cambodian People’s Party'], km: ['គណបក្សប្រជាជនកម្ពុជា', 'គណបក្សប្រជាជន'], acronym: 'CPP' },
  { en: ['Cambodia National Rescue Party'], km: ['គណបក្សសង្គ្រោះជាតិ', 'គណបក្សប្រឆាំងសង្គ្រោះជាតិ', 'បក្សសង្គ្រោះជាតិ'], acronym: 'CNRP' },
  { en: ['Cambodia National Rescue Movement'], km: ['ចលនាសង្គ្រោះជាតិកម្ពុជា', 'ចលនាសង្គ្រោះជាតិ'], acronym: 'CNRM' },
  { en: ['FUNCINPEC'], km: ['គណបក្សហ្វ៊ុនស៊ិនប៉ិច'] },
  { en: ['Khmer Rouge'], km: ['ខ្មែរក្រហម'] },
  { en: ['Ministry of Civil Service'], km: ['ក្រសួងមុខងារសាធារណៈ'] },
  { en: ['Ministry of Justice'], km: ['ក្រសួងយុត្តិធម៌'] },
  { en: ['Ministry of Interior'], km: ['ក្រសួងមហាផ្ទៃ'] },
  { en: ['Ministry of National Defense', 'Ministry of Defense', 'Defense Ministry'], km: ['ក្រសួងការពារជាតិ'] },
  { en: ['Ministry of Foreign Affairs and International Cooperation', 'Ministry of Foreign Affairs'], km: ['ក្រសួងការបរទេស និងសហប្រតិបត្តិការអន្តរជាតិ', 'ក្រសួងការបរទេស'] },
  { en: ['Ministry of Economy and Finance'], km: ['ក្រសួងសេដ្ឋកិច្ចនិងហិរញ្ញវត្ថុ', 'ក្រសួងសេដ្ឋកិច្ច និងហិរញ្ញវត្ថុ'] },
  { en: ['Ministry of Education, Youth and Sport', 'Ministry of Education, Youth and Sports', 'Ministry of Education'], km: ['ក្រសួងអប់រំ យុវជន និងកីឡា', 'ក្រសួងអប់រំ', 'ក.អ.យ.ក.'], acronym: 'MoEYS' },
  { en: ['Ministry of Environment'], km: ['ក្រសួងបរិស្ថាន'] },
  { en: ['Ministry of Information'], km: ['ក្រសួងព័ត៌មាន'] },
  { en: ['Ministry of Health'], km: ['ក្រសួងសុខាភិបាល'] },
  { en: ['Ministry of Commerce'], km: ['ក្រសួងពាណិជ្ជកម្ម'] },
  { en: ['Ministry of Planning'], km: ['ក្រសួងផែនការ'] },
  { en: ['Ministry of Post and Telecommunications', 'Ministry of Posts and Telecommunications'], km: ['ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍', 'ក្រសួងប្រៃសណីយ៍និងទូរគមនាគមន៍', 'ក.ប.ទ.'], acronym: 'MPTC' },
  // MPTC's Community Technology Center programme in public high schools (ម.ប.ស. / CTC)
  { en: ['Community Technology Center', 'Community Tech Center'], km: ['មជ្ឈមណ្ឌលបច្ចេកវិទ្យាសហគមន៍', 'ម.ប.ស.'], acronym: 'CTC' },
  { en: ['Ministry of Labour and Vocational Training'], km: ['ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ'] },
  { en: ['Ministry of Agriculture, Forestry and Fisheries'], km: ['ក្រសួងកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទ'] },
  { en: ['Ministry of Social Affairs, Veterans and Youth Rehabilitation'], km: ['ក្រសួងសង្គមកិច្ច អតីតយុទ្ធជន និងយុវនីតិសម្បទា'] },
  { en: ['Ministry of Mines and Energy'], km: ['ក្រសួងរ៉ែ និងថាមពល'] },
  { en: ['General Department of Taxation', 'Tax Department'], km: ['អគ្គនាយកដ្ឋានពន្ធដារ'] },
  { en: ['National Bank of Cambodia'], km: ['ធនាគារជាតិនៃកម្ពុជា'], acronym: 'NBC' },
  { en: ['Phnom Penh Municipal Court'], km: ['សាលាដំបូងរាជធានីភ្នំពេញ'] },
  { en: ['Cambodian Independent Teachers’ Association'], km: ['សមាគមគ្រូបង្រៀនកម្ពុជាឯករាជ្យ'], acronym: 'CITA' },
  { en: ['Cambodian Journalists Alliance Association'], km: ['សម្ព័ន្ធអ្នកសារព័ត៌មានកម្ពុជា'], acronym: 'CamboJA' },
  { en: ['LICADHO'], km: ['លីកាដូ'] },
  { en: ['ADHOC'], km: ['អាដហុក'] },
  { en: ['Human Rights Watch'], km: ['អង្គការឃ្លាំមើលសិទ្ធិមនុស្ស'], acronym: 'HRW' },
  { en: ['Voice of America'], km: ['វីអូអេ'], acronym: 'VOA' },
  { en: ['VOA Khmer'], km: ['វីអូអេខ្មែរ'] },
  { en: ['Radio Free Asia'], km: ['វិទ្យុអាស៊ីសេរី', 'អាស៊ីសេរី'], acronym: 'RFA' },
  { en: ['Xinhua'], km: ['ស៊ីនហួ'] },
  { en: ['United Nations Development Programme', 'UN Development Programme'], km: ['កម្មវិធីអភិវឌ្ឍន៍សហប្រជាជាតិ', 'កម្មវិធីអភិវឌ្ឍន៍នៃអង្គការសហប្រជាជាតិ'], acronym: 'UNDP' },
  { en: ['United Nations High Commissioner for Refugees', 'United Nations High Commission for Refugees', 'UN Refugee Agency'], km: ['ឧត្តមស្នងការជនភៀសខ្លួនអង្គការសហប្រជាជាតិ', 'ឧត្តមស្នងការអង្គការសហប្រជាជាតិទទួលបន្ទុកជនភៀសខ្លួន'], acronym: 'UNHCR' },
  { en: ['United Nations Children’s Fund'], km: ['មូលនិធិសង្គ្រោះកុមារនៃអង្គការសហប្រជាជាតិ', 'យូនីសេហ្វ'], acronym: 'UNICEF' },
  { en: ['World Health Organization'], km: ['អង្គការសុខភាពពិភពលោក'], acronym: 'WHO' },
  { en: ['United Nations Economic and Social Commission for Asia and the Pacific'], km: ['គណៈកម្មាធិការសេដ្ឋកិច្ចរបស់អង្គការសហប្រជាជាតិសម្រាប់អាស៊ីនិងប៉ាស៊ីហ្វិក'], acronym: 'ESCAP' },
  { en: ['United Nations', 'UN'], km: ['អង្គការសហប្រជាជាតិ', 'អ.ស.ប'], acronym: 'UN' },
  { en: ['World Bank'], km: ['ធនាគារពិភពលោក'] },
  { en: ['Asian Development Bank'], km: ['ធនាគារអភិវឌ្ឍន៍អាស៊ី'], acronym: 'ADB' },
  { en: ['European Union'], km: ['សហភាពអឺរ៉ុប'], acronym: 'EU' },
  { en: ['Association of Southeast Asian Nations'], km: ['សមាគមប្រជាជាតិអាស៊ីអាគ្នេយ៍', 'អាស៊ាន'], acronym: 'ASEAN' },
  { en: ['ASEAN Parliamentarians for Human Rights'], km: ['សមាគមសភាអាស៊ានសម្រាប់សិទ្ធិមនុស្ស'], acronym: 'APHR' },
  { en: ['National Democratic Institute'], km: ['វិទ្យាស្ថានជាតិប្រជាធិបតេយ្យ'], acronym: 'NDI' },
  { en: ['World Wide Fund for Nature'], km: ['មូលនិធិពិភពលោកសម្រាប់ធម្មជាតិ'], acronym: 'WWF' },
  // Intergovernmental bodies, forums and agencies that releases and news name without a head noun.
  { en: ['Group of Twenty', 'G20'], km: ['ក្រុម G20'], acronym: 'G20' },
  { en: ['Group of Seven', 'G7'], km: ['ក្រុម G7'], acronym: 'G7' },
  { en: ['International Monetary Fund'], km: ['មូលនិធិរូបិយវត្ថុអន្តរជាតិ'], acronym: 'IMF' },
  { en: ['World Trade Organization'], km: ['អង្គការពាណិជ្ជកម្មពិភពលោក'], acronym: 'WTO' },
  { en: ['United Nations Educational, Scientific and Cultural Organization'], km: ['យូណេស្កូ'], acronym: 'UNESCO' },
  { en: ['International Labour Organization', 'International Labor Organization'], km: ['អង្គការពលកម្មអន្តរជាតិ'], acronym: 'ILO' },
  { en: ['Food and Agriculture Organization'], km: ['អង្គការស្បៀងអាហារ និងកសិកម្ម'], acronym: 'FAO' },
  { en: ['World Food Programme'], km: ['កម្មវិធីស្បៀងអាហារពិភពលោក'], acronym: 'WFP' },
  { en: ['United Nations Population Fund'], km: ['មូលនិធិសហប្រជាជាតិសម្រាប់ប្រជាជន'], acronym: 'UNFPA' },
  { en: ['Organisation for Economic Co-operation and Development'], km: [], acronym: 'OECD' },
  { en: ['Asia-Pacific Economic Cooperation'], km: [], acronym: 'APEC' },
  { en: ['European Commission'], km: ['គណៈកម្មការអឺរ៉ុប'] },
  { en: ['International Committee of the Red Cross'], km: ['គណៈកម្មាធិការអន្តរជាតិកាកបាទក្រហម'], acronym: 'ICRC' },
  { en: ['Cambodian Red Cross'], km: ['កាកបាទក្រហមកម្ពុជា'], acronym: 'CRC' },
  { en: ['Amnesty International'], km: ['អង្គការលើកលែងទោសអន្តរជាតិ'] },
  { en: ['Transparency International'], km: ['អង្គការតម្លាភាពអន្តរជាតិ'] },
  { en: ['Reuters'], km: ['រ៉យទ័រ'] },
  { en: ['Agence France-Presse'], km: ['ទីភ្នាក់ងារព័ត៌មានបារាំង'], acronym: 'AFP' },
  { en: ['Associated Press'], km: [], acronym: 'AP' },
  { en: ['Republican Party'], km: ['គណបក្សសាធារណរដ្ឋ'] },
  { en: ['Democratic Party'], km: ['គណបក្សប្រជាធិបតេយ្យ'] },
];
