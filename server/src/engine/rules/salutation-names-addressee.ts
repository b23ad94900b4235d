import { foldKey } from '../text/fold';
import { defineRule } from './rule';

export default defineRule({
  id: 'salutation-names-addressee',
  description: 'The salutation names the addressee: title and surname as in the addressee block.',
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      'The letter is addressed to the director named at the top, and the salutation greets that person by title and surname (`Ms Jo Davidson` … `Dear Ms Davidson`). A salutation naming someone else, or misspelling the name, is an embarrassing slip in a published letter. The fix writes the addressee\'s title and surname; check which of the two is right before applying it.',
    examples: [{ flagged: 'Ms Jo Davidson … Dear Ms Davidon', accepted: 'Ms Jo Davidson … Dear Ms Davidson' }],
  },
  check({ letter, report }) {
    const { addressee, salutation } = letter.values;
    // A name never has digits: such a line is an address line the parser took for the name.
    if (!addressee?.surname || !salutation || /\d/.test(addressee.fullName.value)) return;
    const expected = addressee.courtesyTitle ? `${addressee.courtesyTitle.value} ${addressee.surname.value}` : addressee.fullName.value;
    const same = (a?: string, b?: string) => a !== undefined && b !== undefined && foldKey(a.replace(/\./g, '')) === foldKey(b.replace(/\./g, ''));
    const forms = letter.template.salutationForms;
    if (forms.length > 1 || forms[0] !== 'titleSurname') {
      // The name's own words, without a courtesy title, honours (OBE) or a stray comma.
      const words = addressee.fullName.value.replace(/,/g, '').split(/\s+/).filter((w, i) => !(i === 0 && addressee.courtesyTitle) && !/^[A-Z]{2,4}$/.test(w));
      const greeted = salutation.name.value.replace(/[,.]$/, '');
      const accepted = [
        forms.includes('forename') ? words[0] : undefined,
        forms.includes('fullName') ? words.join(' ') : undefined,
        forms.includes('titleSurname') && addressee.courtesyTitle ? `${addressee.courtesyTitle.value} ${words[words.length - 1]}` : undefined,
      ];
      // An addressee block without a courtesy title: any title the template knows before the surname.
      const [title, ...rest] = greeted.split(' ');
      if (forms.includes('titleSurname') && !addressee.courtesyTitle && rest.length && letter.template.salutationTitles.includes(title.replace(/\.$/, ''))) accepted.push(`${title} ${words[words.length - 1]}`);
      // Several addressees greeted together (Dear Sally Giles and Emma Taylor) are not checked.
      // A short form of the forename (Dear Sal for Saleem) greets the same person.
      const shortForename = forms.includes('forename') && greeted.length >= 3 && !greeted.includes(' ') && foldKey(words[0] ?? '').startsWith(foldKey(greeted));
      if (shortForename || accepted.some((a) => same(a, greeted)) || / and /.test(greeted)) return;
    }
    const surnameOk = same(salutation.surname?.value, addressee.surname.value);
    // A salutation without a title is fine when the addressee block has none either.
    const titleOk = !addressee.courtesyTitle || same(salutation.courtesyTitle?.value, addressee.courtesyTitle.value);
    if (surnameOk && titleOk) return;
    const what = !surnameOk ? (titleOk ? 'surname' : 'title and surname') : 'title';
    const problem = salutation.surname ? `its ${what} ${what.includes(' and ') ? 'differ' : 'differs'} from the addressee block` : 'it names no surname';
    report({
      span: salutation.name.span,
      message: `The salutation should greet the addressee, ${addressee.fullName.value}, by title and surname ('Dear ${expected}'); ${problem}.`,
      fixes: [{ title: `Change the salutation to 'Dear ${expected}'`, edits: [{ span: salutation.name.span, newText: expected }], safe: false }],
      related: [{ message: 'The addressee', span: addressee.fullName.span }],
    });
  },
});
