import { Link } from 'react-router';
import { paths } from '../logic/format';

interface PersonRef {
  name: string;
  slug: string;
}

export function PersonLink({ person }: { person: PersonRef }) {
  return <Link to={paths.person(person.slug)}>{person.name}</Link>;
}

/** "Donald Trump, Mark Carney and Pierre Poilievre", each a link. */
export function PeopleLinks({ people }: { people: readonly PersonRef[] }) {
  return (
    <>
      {people.map((person, index) => (
        <span key={person.slug}>
          {index > 0 && (index === people.length - 1 ? ' and ' : ', ')}
          <PersonLink person={person} />
        </span>
      ))}
    </>
  );
}
