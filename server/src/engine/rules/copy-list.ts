import { ROLE } from '../template/roles';
import { defineRule } from './rule';
import { sameCouncil } from '../council-name';
import { councilMentions, referenceCouncil } from './consistency/councils';

export default defineRule({
  id: 'copy-list',
  description: "The copy list copies the council's own Chief Executive and the Department for Education.",
  defaultSeverity: 'error',
  fixable: true,
  docs: {
    rationale:
      "Every letter is copied to the Chief Executive of the council inspected and to the Department for Education. A Chief Executive of another council (often left over from the letter a draft was copied from) sends the letter to the wrong place; a copy list without the Department for Education breaks the template.",
    examples: [
      {
        flagged: 'Copy: Adam Wilkinson, Chief Executive, Derby County Council (in a letter to Derby City Council)',
        accepted: 'Copy: Adam Wilkinson, Chief Executive, Derby City Council\nAndrew Spencer, Department for Education',
      },
    ],
  },
  check({ letter, template, report }) {
    const copy = letter.partsById(ROLE.copyList)[0];
    if (!copy || !template.copyList) return;
    const { chiefExecutiveRole, requiredOrganisation } = template.copyList;
    const { council, copyList } = letter.values;
    const reference = referenceCouncil(councilMentions(council))?.at;
    const chief = copyList.chiefExecutive;
    if (chief && reference && chief.council.value && !sameCouncil(chief.council.value, reference.value)) {
      report({
        span: chief.council.span,
        message: `The ${chiefExecutiveRole} copied is of '${chief.council.value}', but the letter is to '${reference.value}': copy that council's ${chiefExecutiveRole}.`,
        fixes: [{ title: `Change to '${reference.value}'`, edits: [{ span: chief.council.span, newText: reference.value }], safe: false }],
        related: [{ message: 'The council the letter is to', span: reference.span }],
      });
    }
    if (!copyList.hasRequiredOrganisation) {
      report({
        span: copy.span,
        message: `The copy list should include the ${requiredOrganisation}: add a line '<name>, ${requiredOrganisation}'.`,
      });
    }
  },
});
