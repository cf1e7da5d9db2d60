/** Names of customers abroad (emigrants' neighbours, tourists, partners), mostly in foreign cities. */

export const FOREIGN_MALE_NAMES = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Thomas', 'Daniel', 'Matthew', 'Mark', 'Paul',
  'Andrew', 'Kevin', 'George', 'Oliver', 'Harry', 'Jack', 'Noah', 'Leo', 'Ethan', 'Lucas', 'Samuel', 'Henry',
];

export const FOREIGN_FEMALE_NAMES = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Susan', 'Jessica', 'Sarah', 'Emma', 'Olivia', 'Amelia', 'Ava',
  'Emily', 'Sophie', 'Grace', 'Chloe', 'Lily', 'Hannah', 'Charlotte', 'Lucy', 'Rachel', 'Laura', 'Julia', 'Nora',
];

export const FOREIGN_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore',
  'Martin', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'King', 'Wright', 'Green', 'Baker', 'Adams',
  'Campbell', 'Mitchell', 'Carter', 'Evans', 'Turner', 'Parker', 'Collins', "O'Brien", 'McDonald', 'Fischer',
  'Müller', 'Schmidt', 'Weber', 'Novak', 'Kowalski', 'Horvat', 'Dubois', 'Rossi',
];
