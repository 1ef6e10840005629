/**
 * The search query set: 2-, 3- and 4-character words, phrases, names, numbers with units, document numbers in
 * several bracket styles, substrings inside words and two spellings of one term. Each is also run in the other script.
 */
export const QUERIES: string[] = [
  '城市', '人居', '双圈', '韧性', '文脉', '养老', '智慧',
  '城市群', '好房子', '都市圈', '爱山东', '十四五', '都市区',
  '一网统管', '城市更新', '历史文化', '绿色建筑', '齐鲁建造',
  '推动城市高质量发展', '现代化人民城市', '规模化发展超低能耗', '万企出海 鲁贸全球',
  '任海涛', '高本伟', '于新悦', '孟杰', '禹金涛',
  '67%', '1600亿元', '2.5平方米', '110万人', '98%以上',
  '镇化', '质量发', '合部',
  '城乡接合部', '城乡结合部',
];
export const DOC_NUMBER_QUERIES = ['鲁政发〔2024〕1号', '鲁政发[2024]1号', '鲁政发(2024)1号', '〔2024〕1号', '2024年1号'];
