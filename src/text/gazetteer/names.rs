//! Common given names from many cultures, and the commonest East Asian family names (which come
//! first in the names they start). General knowledge: none is taken from a particular corpus.
//! Names that are also everyday English words ("Will", "May", "Hope") are left out, because a
//! sentence may start with them.

pub(super) const GIVEN_NAMES: &[&str] = &[
    // English
    "Aaron Abigail Adam Adrian Alan Albert Alexander Alice Alison Amanda Amber Amy Andrea Andrew
     Angela Anna Anne Anthony Arthur Ashley Barbara Barry Benjamin Bernard Beth Betty Brandon
     Brenda Brian Bruce Caroline Carl Carol Catherine Charles Charlotte Cheryl Christine
     Christopher Claire Colin Craig Cynthia Daniel David Deborah Dennis Diana Diane Donald Donna
     Dorothy Douglas Dylan Edward Eleanor Elizabeth Ellen Emily Emma Eric Ethan Evelyn Frances
     Francis Frank Gary George Gerald Gordon Graham Gregory Hannah Harold Harry Heather Helen Henry
     Howard Ian Jack Jacob James Jane Janet Jason Jeffrey Jennifer Jeremy Jessica Joan John
     Jonathan Joseph Joshua Joyce Judith Julia Julie Justin Karen Katherine Kathleen Keith Kelly
     Kenneth Kevin Kimberly Larry Laura Lauren Lawrence Linda Lisa Louise Lucy Margaret Maria Marie
     Martha Martin Mary Matthew Megan Melissa Michael Michelle Nancy Natalie Nathan Nicholas Nicole
     Nigel Oliver Pamela Patricia Patrick Paul Peter Philip Rachel Ralph Raymond Rebecca Richard
     Robert Roger Ronald Rose Russell Ruth Ryan Samantha Samuel Sandra Sarah Scott Sean Sharon
     Shirley Simon Stephanie Stephen Steven Susan Teresa Thomas Timothy Tony Tyler Victoria Vincent
     Virginia Walter Wayne William Zachary Abraham Alfred Allison Angus Ben Bob Bobby Chris Dan
     Danny Dave Debbie Ed Eddie Fred Greg Hillary Jake Jeff Jenny Jim Jimmy Joe Johnny Jon Kate Ken
     Kim Liz Matt Mike Nick Pete Rick Rob Ron Sam Steve Ted Tim Tom Tommy Bill Joanna Marcus Neil
     Stuart Trevor Wendy Kathryn Hugh Hugo Elliot Toby Rupert Boris Keir Rishi Theresa Gordon Tony
     Liam Noah Mason Logan Lucas Aiden Owen Connor Evan Gavin Hunter Jordan Kyle Austin Chad Dustin
     Travis Brett Kirk Glenn Dale Dean Duncan",
    // French, German, Dutch, Scandinavian
    "Jean Pierre Jacques Michel Philippe Alain Bernard Christophe Nicolas François Francois Laurent
     Olivier Emmanuel Sébastien Sebastien Julien Mathieu Thierry Pascal Didier Hervé Marine
     Ségolène Sophie Isabelle Nathalie Sylvie Valérie Catherine Brigitte Amélie Camille Chloé
     Élodie Hélène Édouard Gérard Yves Xavier Benoît Rémi Marcel Louis Antoine Baptiste Hans Klaus
     Jürgen Jurgen Wolfgang Helmut Gerhard Dieter Werner Horst Uwe Günter Gunter Karl Heinz
     Friedrich Wilhelm Heinrich Johann Johannes Matthias Stefan Andreas Markus Thorsten Torsten
     Frank Olaf Angela Ursula Annalena Friedrich Armin Christian Sebastian Tobias Florian Lukas
     Jonas Leon Felix Maximilian Katrin Sabine Petra Monika Birgit Heike Gerd Rolf Ulrich Joachim
     Volker Jens Sven Lars Nils Erik Anders Magnus Henrik Bjorn Björn Ingrid Astrid Sigrid Karin
     Mette Jens Jonas Pieter Jan Willem Hendrik Maarten Joost Mark Ruud Geert Dirk Bram Sanne Femke
     Annika Leif Gustav Olof Stefan Ulf Tove Magdalena",
    // Italian, Spanish, Portuguese
    "Giuseppe Giovanni Antonio Mario Luigi Francesco Marco Alessandro Andrea Matteo Lorenzo Paolo
     Sergio Silvio Giorgia Giulia Chiara Francesca Federica Valentina Alessandra Roberto Stefano
     Massimo Fabio Enrico Carlo Pietro Luca Giacomo Emanuele Vittorio Umberto Benito José Jose Juan
     Carlos Luis Miguel Manuel Jorge Pedro Javier Alejandro Fernando Ricardo Rafael Diego Pablo
     Sergio Alberto Ignacio Gonzalo Santiago Mariano Emilio Gabriel Felipe Andrés Andres Raúl Raul
     Óscar Oscar Rodrigo Hugo Jair Dilma Cristina Alberto Nicolás Hugo Gustavo Claudia Carmen
     Dolores Pilar Lucía Lucia Isabel Elena Beatriz Guadalupe Rosa Teresa Ana Inés Ines João Joao
     Paulo Luís Tiago Rui Nuno Duarte Fernanda Gabriela Mariana Camila Daniela Valeria Martina
     Sofia Ximena Catalina Verónica",
    // More English-language given names, old and new
    "Ada Adele Agnes Aileen Alana Alec Alexa Alexis Alfie Alicia Allan Allen Alma Alvin Amos Andy
     Angel Angelina Angelo Angie Anita Ann Annabel Annie Antonia Archie Arlene Arnold Audrey Barney
     Beatrice Benny Bernadette Bernie Bert Bertha Beverley Beverly Bill Billie Billy Blake Bonnie
     Brad Bradley Brendan Brent Bridget Brittany Brooke Bruno Bryan Burt Byron Caleb Calvin Cameron
     Candace Carla Carlton Carmen Caroline Carrie Casey Cassandra Cecil Cecilia Cedric Chelsea
     Chester Chuck Clara Clarence Clark Claude Clay Clayton Clifford Clint Clinton Clyde Cody Cole
     Colleen Conrad Constance Cora Corey Cornelius Courtney Curtis Daisy Dallas Damian Damon Dana
     Darla Darlene Darren Darryl Daryl Dave Dawn Debra Delia Della Delores Derek Derrick Desmond
     Devin Dexter Dick Dolly Dominic Don Donovan Doris Dora Doug Drew Duane Dwayne Dwight Earl
     Edgar Edith Edmund Edna Edwin Effie Elaine Eli Elijah Elise Ella Ellie Elliott Ellis Elmer
     Eloise Elsa Elsie Elton Elvis Emil Emmett Ernest Ernie Essie Estelle Esther Ethel Eugene
     Eunice Eva Evan Everett Ezra Fanny Fay Felicity Fergus Fiona Flora Florence Floyd Forrest
     Francine Franklin Freda Freddie Frederick Gail Garrett Gene Geoffrey Georgina Gerard Gertrude
     Gilbert Gina Ginger Gladys Glen Glenda Gloria Godfrey Grace Grant Gwen Gwendolyn Hal Hank
     Harriet Harrison Harvey Hattie Hazel Hayley Hector Heidi Herbert Herman Hilda Holly Homer
     Horace Hubert Ida Irene Iris Irving Isaac Isabella Isla Ivan Ivy Jackie Jacqueline Jaime Jamie
     Jan Janice Jared Jasmine Jay Jean Jeanette Jeanne Jerome Jerry Jesse Jill Jo Joan Joanne
     Jocelyn Jodie Joel Johanna Josephine Josh Juanita Judy Julian Juliet June Kara Karl Kate Katie
     Kay Kayla Keira Kelvin Kendall Kenny Kent Kerry Kirsten Kristen Kristin Kurt Kyle Lana Lance
     Lara Laurel Laurie Leah Lee Leigh Lena Leo Leon Leonard Leroy Leslie Lester Lewis Lillian Lily
     Lincoln Lindsay Lindsey Lionel Lloyd Lois Lola Lorna Lorraine Lou Louis Lowell Luke Lydia Lyle
     Lynn Mabel Mack Madeleine Madison Mae Maggie Malcolm Mandy Marcia Margot Marian Marilyn Mario
     Marion Marjorie Marlene Marshall Marvin Matilda Maureen Maurice Max Maxine Melanie Melvin
     Meredith Mildred Miles Millie Milton Miranda Mitchell Molly Monica Morgan Morris Muriel Myra
     Myrtle Naomi Nathaniel Ned Nell Nellie Nora Norma Norman Olive Olivia Ollie Opal Orville
     Oswald Otis Otto Owen Paige Pat Patsy Patty Paula Pauline Pearl Peggy Penny Percy Perry Phil
     Philippa Phillip Phoebe Phyllis Polly Preston Priscilla Quentin Quincy Rachael Randall Randy
     Ray Reed Reggie Reginald Rex Rhonda Rita Roberta Robin Rod Rodney Roland Ronnie Rory Rosa
     Rosalind Rosemary Ross Roxanne Roy Ruby Rudolph Rudy Rufus Sadie Sally Sam Sandy Saul Seth
     Shane Shannon Sheila Shelby Shelley Sherman Sidney Silas Sonia Sophia Stacey Stan Stanley
     Stella Sterling Stewart Sue Sylvia Tabitha Tamara Tammy Tanya Tara Ted Terence Terrence Terry
     Thelma Theodore Theo Tiffany Tina Toby Todd Tracy Troy Trudy Ursula Valerie Vanessa Vera
     Vernon Veronica Vic Vicki Vickie Vivian Wade Wallace Walt Wanda Warren Wendell Wesley Wilbur
     Wilfred Willard Willie Willis Wilma Winifred Winston Yvonne Zoe",
    // More European given names
    "Adolf Agnieszka Alois Ambrose Anatole Anders Andrzej Angelika Anneliese Antoine Aristide Arne
     Arno Auguste Axel Bartholomew Bastian Benedikt Bernhard Bertrand Bettina Björn Bodo Brigitta
     Casimir Cecile Cécile Christa Christoph Claudine Clemens Colette Conor Cornelia Dagmar
     Dietrich Dominique Dorothea Eberhard Edmond Egon Elke Ellen Elmar Emile Émile Erich Erika
     Ernst Étienne Etienne Eugen Fabian Fabrice Falk Ferdinand Florian Frauke Frédéric Frederic
     Friedrich Frieda Gaston Georg Geneviève Genevieve Gerda Germaine Gisela Gottfried Gottlieb
     Gregor Gudrun Guido Guillaume Gunnar Gustave Hannelore Harald Hedwig Heike Helga Helmuth Henri
     Henrike Henrique Herta Hildegard Honoré Hubertus Ilona Ilse Ingeborg Isolde Jacqueline Jakob
     Jochen Josef Joséphine Jules Juliette Jurgen Kai Karsten Kasper Konrad Kurt Leopold Liesel
     Lothar Lucien Ludwig Luise Lutz Manfred Marcel Margarethe Margit Marlies Mathias Maximilien
     Michael Mireille Nikolaus Odile Olaf Oskar Ottilie Pascale Patrice Paulette Raimund Rainer
     Reinhard Reinhold Renate Renée Richard Rüdiger Rudolf Ruprecht Siegfried Simone Solange
     Stéphane Stephane Thérèse Therese Theodor Thilo Till Ulrike Urs Ute Viktoria Vincenzo Walther
     Waltraud Wilhelmina Wolf Yannick Yvette Yvonne András Basil Art Buddy Eddy Jana Zuzana Lenka Lucie Tereza
     Jitka Milena Alessio Angela Annalisa Antonella Beppe Bruno Carla Cesare Claudio Corrado Dario
     Davide Domenico Edoardo Elisa Enzo Ettore Fabrizio Filippo Franco Gianluca Gianni Gino Giorgio
     Giuliano Guglielmo Ilaria Leonardo Lucia Luciano Manuela Marcello Maurizio Michele Nicola Nino
     Orlando Ottavio Piero Raffaele Renato Riccardo Rocco Salvatore Sandro Silvia Simona Tommaso
     Ugo Valerio Alfonso Amparo Araceli Arturo Aurelio Benito Concepción Consuelo Domingo Eduardo
     Encarnación Enrique Esteban Eugenio Federico Francisco Gerardo Gregorio Guillermo Horacio
     Humberto Jaime Jesús Joaquín Joaquin Julio Leandro Leonor Lorenzo Marcelo Marisol Mercedes
     Montserrat Nuria Octavio Ramón Ramon Reinaldo Rogelio Salvador Sancho Tomás Tomas Vicente
     Adriana Alessandra Bernardo Caetano Cláudio Conceição Diogo Fábio Gonçalo Heitor Joaquim
     Lourdes Márcio Otávio Sebastião Vinícius",
    // Russian, Ukrainian, Belarusian, Polish, Czech, Balkan
    "Vladimir Dmitry Dmitri Sergei Sergey Alexei Alexey Aleksei Alexander Aleksandr Andrei Andrey
     Nikolai Nikolay Mikhail Ivan Igor Oleg Yuri Yury Boris Viktor Victor Pavel Anatoly Gennady
     Evgeny Yevgeny Yevgeniy Konstantin Valentin Valery Valeriy Vyacheslav Vasily Vasiliy Leonid
     Maxim Maksim Roman Ruslan Denis Kirill Artem Artyom Ilya Stanislav Timur Anton Arkady Fyodor
     Grigory Lev Pyotr Stepan Yegor Yaroslav Svyatoslav Rostislav Vadim Vitaly Vitali Eduard Gleb
     Georgy Semyon Natalia Natalya Tatiana Tatyana Olga Irina Elena Yelena Svetlana Ekaterina
     Yekaterina Anastasia Maria Marina Lyudmila Ludmila Galina Valentina Nadezhda Larisa Oksana
     Yulia Yuliya Alla Vera Zoya Ksenia Kseniya Daria Darya Alina Polina Sofya Veronika Inna Lilia
     Volodymyr Oleksandr Oleksiy Olena Mykola Mykhailo Petro Taras Bohdan Andriy Vitaliy Yuriy
     Serhiy Dmytro Kyrylo Vasyl Iryna Liudmyla Viktoriia Alexandra Aliaksandr Sviatlana Lech
     Andrzej Jarosław Jaroslaw Tadeusz Mateusz Donald Krzysztof Piotr Tomasz Paweł Pawel Marek
     Wojciech Agnieszka Katarzyna Małgorzata Beata Zbigniew Václav Vaclav Milan Miloš Milos Zdeněk
     Jiří Jiri Petr Tomáš Aleksandar Slobodan Zoran Dragan Goran Vojislav Milorad Ante Franjo Janez
     Bojan Nikola Aleksandra Jelena Ivana Milica Viktor",
    // Arabic, Persian, Pashto, Dari, Urdu
    "Muhammad Mohammed Mohammad Mohamed Mohamad Ahmad Ahmed Ali Hassan Hasan Hussein Husain Hussain
     Omar Umar Osman Uthman Abdullah Abdallah Abdul Abdel Abdulaziz Abdulrahman Abdurrahman Khalid
     Khaled Ibrahim Ismail Yusuf Youssef Yousef Mustafa Mostafa Hamid Hamed Mahmoud Mahmud Mahmood
     Karim Kareem Nasser Nasir Naser Tariq Tarek Walid Waleed Saeed Said Saad Salman Sultan Faisal
     Fahd Fahad Majid Rashid Rashed Hamad Hamdan Mansour Mansur Mubarak Nabil Sami Samir Jamal
     Kamal Adel Adil Amr Bashar Hafez Anwar Hosni Gamal Jamil Fawzi Farouk Farooq Ghassan Hisham
     Imad Jaber Jabir Khalil Marwan Mounir Munir Nabih Nizar Osama Usama Qasim Qassem Rafik Rafiq
     Riad Riyad Salah Saleh Salih Sharif Shafiq Tawfiq Yasser Yasir Zaid Zayed Ziad Ayman Aziz
     Bilal Fadi Fares Faris Habib Haitham Haider Haidar Hamza Idris Iyad Jawad Kadhim Laith Mazen
     Moussa Musa Nouri Qais Raed Ramzi Sabri Suleiman Sulaiman Taha Wael Yahya Zakaria Zakariya
     Fatima Fatma Aisha Aysha Khadija Maryam Mariam Zainab Zeinab Layla Leila Laila Noor Nour Nur
     Amina Amira Samira Yasmin Yasmine Rania Huda Hoda Salma Nadia Hana Lina Dina Reem Rim Asma
     Iman Eman Mona Muna Soraya Sara Sana Hiba Ruqayya Safiya Zahra Zohra Hamida Nasrin Shirin
     Parisa Mahsa Narges Farah Farida Ghazal Reza Hossein Mehdi Mahdi Javad Ebrahim Abbas Akbar
     Asghar Gholam Hashem Jafar Kazem Masoud Massoud Mojtaba Morteza Nader Parviz Ruhollah Saeid
     Shahram Shapour Mohsen Hassan Abolfazl Amir Ashraf Babak Bahram Behrouz Dariush Davood Dawood
     Dawud Esmail Faramarz Farhad Farid Fereydoun Hamidreza Kamran Kourosh Manouchehr Mansoor Payam
     Pouya Rostam Siavash Hamid Ashraf Gulbuddin Hekmat Burhanuddin Ahmad Ismail Abdul Rahim Rahman
     Rahmatullah Habibullah Hidayatullah Naqibullah Nasrullah Aminullah Ehsanullah Zabihullah
     Ziaullah Gul Khan Wali Wazir Zalmay Zalmai Hamidullah Nazar Nawaz Sharif Shahbaz Shehbaz Imran
     Asif Pervez Parvez Nawaz Benazir Zulfikar Maryam Bilawal Asad Arif Atif Faisal Fawad Ghulam
     Iqbal Ishaq Junaid Kashif Khurram Mushtaq Naveed Rizwan Sajid Shahid Shoaib Tahir Usman Waqar
     Waseem Wasim Yasin Zafar Zubair Bushra Fawzia Malala Hina Sadia Saima Shazia Uzma",
    // Turkish, Azerbaijani, Central Asian, Caucasian
    "Recep Tayyip Mehmet Mehmed Mustafa Ahmet Hakan Emre Burak Murat Kemal Cem Erdem Ercan Fatih
     Hasan Hüseyin Huseyin İsmail Kadir Kerem Levent Mevlüt Mevlut Ömer Omer Selahattin Serkan
     Tolga Volkan Yusuf Zeynep Elif Ayşe Ayse Emine Merve Esra Büşra Ilham Heydar Mehriban Jeyhun
     Elnur Rauf Vusal Nursultan Kassym Kasym Jomart Karim Marat Nurlan Yerlan Askar Daniyar Bakhyt
     Timur Aidos Aizhan Dinara Gulnara Saule Aigerim Aliya Zhanna Shavkat Islam Abdulaziz Rustam
     Bakhtiyor Jamshid Sardor Dilshod Farrukh Sherzod Ulugbek Gulnara Nilufar Emomali Rustam Sadyr
     Almazbek Kurmanbek Askar Sooronbay Roza Gurbanguly Serdar Saparmurat Ilham Nikol Serzh Levon
     Robert Armen Arsen Aram Anahit Lilit Mikheil Eduard Giorgi Irakli Bidzina Salome Tamar Nino
     Ramzan Akhmad Magomed Shamil Dzhokhar Aslan Murad",
    // South Asian
    "Narendra Rahul Sonia Indira Rajiv Jawaharlal Manmohan Atal Amit Arvind Mamata Yogi Nitin
     Piyush Rajnath Nirmala Smriti Priyanka Sanjay Sunil Anil Ajay Vijay Rajesh Ramesh Suresh
     Mahesh Ganesh Dinesh Mukesh Rakesh Ravi Raj Rajan Ashok Deepak Gautam Krishna Ram Shyam
     Prakash Pradeep Sandeep Sachin Virat Rohit Arun Varun Vikram Vikas Vivek Anand Aditya Akshay
     Alok Amitabh Ankit Arjun Ashish Harsh Karan Kunal Manish Mohan Naveen Nikhil Pankaj Rohan
     Sameer Sanjeev Satish Shankar Shiv Siddharth Sudhir Tarun Uday Vinod Yash Aishwarya Deepika
     Kavita Lakshmi Meera Neha Pooja Priya Radha Sita Sunita Anjali Asha Divya Geeta Gita Kiran
     Madhuri Nandini Padma Rekha Shreya Swati Usha Vidya Sheikh Hasina Khaleda Muhammad Tarique
     Sajeeb Gotabaya Mahinda Ranil Anura Chandrika Sajith Pushpa Kamal Sher Bahadur Khadga Bidya",
    // Chinese, Japanese, Korean, Vietnamese, Southeast Asian given names
    "Jinping Keqiang Qiang Yi Wei Jing Ming Hua Yan Lei Jun Hong Ying Ping Tao Gang Bo Jie Xiaoping
     Zemin Jintao Peng Liyuan Huning Yang Xiaoming Lihua Xiaohong Yifan Zihan Haoran Yuxuan Jiahui
     Meiling Mei Lan Fang Xin Yu Hao Chen Wenjun Zhiqiang Guoqiang Shinzo Fumio Yoshihide Shigeru
     Taro Hiroshi Takeshi Kenji Koji Yuki Akira Naoki Satoshi Haruki Hayao Junichiro Yoshiro Ichiro
     Kazuo Makoto Masahiro Noriko Yoko Keiko Sachiko Yuko Akiko Tomoko Kazuki Daisuke Ryota Sho
     Yuto Hina Sakura Aoi Jae Suk Yeol Geun Hye Myung Jong Un Il Sung Seung Hyun Min Ji Soo Ho
     Kyung Eun Joon Woo Dong Nguyen Van Thi Minh Duc Huong Lan Thanh Tuan Hung Dung Hieu Khanh Linh
     Trang Phuong Joko Prabowo Susilo Megawati Anwar Mahathir Najib Rodrigo Ferdinand Imelda
     Corazon Gloria Benigno Thaksin Yingluck Prayut Srettha Paetongtarn Hun Aung San Min Lee Tsai
     Ing Lai Ching",
    // African
    "Nelson Cyril Jacob Thabo Kgalema Julius Jomo Uhuru Raila William Mwai Daniel Yoweri Paul Abiy
     Meles Haile Mengistu Sahle Isaias Omar Hassan Mohamud Sharif Muhammadu Bola Goodluck Olusegun
     Umaru Atiku Yemi Ngozi Chinua Wole Chimamanda Fela Kofi Kwame Kwesi Kojo Kwaku Yaw Akua Ama
     Efua Nana Jerry Ellen George Macky Abdoulaye Ousmane Moussa Ibrahim Mamadou Amadou Boubacar
     Modibo Idriss Mahamat Alassane Laurent Felix Félix Denis Joseph Patrice Jakaya Jakaya Samia
     Suluhu John Hakainde Edgar Kenneth Robert Emmerson Morgan Nelson Winnie Desmond Steve Oliver
     Jacob Julius Thandeka Thandiwe Nomvula Lindiwe Naledi Sipho Themba Mandla Bongani Tshepo Chidi
     Chiamaka Chinedu Emeka Ngozi Nkechi Obinna Uche Adebayo Ayodele Babatunde Folake Funmilayo
     Oluwaseun Tunde Yetunde Amina Aminata Fatoumata Hawa Aissatou Mariam Abdou Cheikh Moctar
     Seydou Sékou Sekou Tidjane Kwabena Kweku Abena Adwoa Akosua Esi Tendai Tatenda Farai Rudo
     Chipo Wanjiru Wambui Njeri Kamau Otieno Odhiambo Ochieng Achieng Wanjiku Makena Zawadi Baraka
     Juma Halima Mwajuma",
    // Hebrew, Greek, Hungarian, Romanian, Baltic, Finnish and others
    "Benjamin Yitzhak Yair Naftali Benny Gideon Moshe Avraham Ehud Ariel Shimon Golda Tzipi Ayelet
     Yael Noa Tamar Avi Eli Itamar Bezalel Yoav Gilad Amos Uri Ronit Miriam Esther Rivka
     Konstantinos Kostas Kyriakos Alexis Yannis Giannis Georgios Dimitris Nikos Andreas Eleni
     Katerina Maria Viktor Péter Peter Gábor Gabor László Laszlo Zoltán Zoltan István Istvan Ferenc
     János Janos Katalin Klaus Nicolae Traian Ion Ilie Maia Gheorghe Mihai Vlad Cristian Kersti
     Kaja Alar Toomas Gitanas Valdas Dalia Ingrida Egils Krišjānis Edgars Raimonds Sauli Sanna
     Petteri Antti Juha Mika Jukka Matti Pekka Tarja Alexander Alexandros Leo Eamon Enda Micheál
     Leo Mary Bertie Seamus Seán Sean Siobhan Niamh Aoife Ciarán Ciaran Padraig",
];

/// East Asian family names, written first in names such as "Wang Yi": a run that starts with one
/// is a person's name just as one that starts with a given name is.
pub(super) const FAMILY_NAMES_FIRST: &[&str] = &[
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Gao Luo Zheng Liang Xie Tang
     Xi Deng Mao Jiang Hu Wen Kim Lee Choi Jung Kang Cho Yoon Jang Lim Tran Pham Hoang Phan Vu Dang
     Bui Ngo Duong",
];

/// Common English short forms of given names, each with the name it shortens ("Tom" of
/// "Thomas"), in lowercase.
#[rustfmt::skip]
pub(super) const SHORT_GIVEN_NAMES: &[(&str, &str)] = &[
    ("tom", "thomas"), ("tommy", "thomas"), ("bill", "william"), ("billy", "william"),
    ("will", "william"), ("willie", "william"), ("bob", "robert"), ("bobby", "robert"),
    ("rob", "robert"), ("robbie", "robert"), ("dick", "richard"), ("rick", "richard"),
    ("ricky", "richard"), ("rich", "richard"), ("jim", "james"), ("jimmy", "james"),
    ("jamie", "james"), ("mike", "michael"), ("mick", "michael"), ("mickey", "michael"),
    ("dave", "david"), ("davey", "david"), ("dan", "daniel"), ("danny", "daniel"),
    ("joe", "joseph"), ("joey", "joseph"), ("ed", "edward"), ("eddie", "edward"),
    ("ted", "edward"), ("ken", "kenneth"), ("kenny", "kenneth"), ("chris", "christopher"),
    ("steve", "steven"), ("steve", "stephen"), ("tony", "anthony"), ("andy", "andrew"),
    ("drew", "andrew"), ("alex", "alexander"), ("sam", "samuel"), ("ben", "benjamin"),
    ("nick", "nicholas"), ("pat", "patrick"), ("pete", "peter"), ("matt", "matthew"),
    ("greg", "gregory"), ("jeff", "jeffrey"), ("larry", "lawrence"), ("jerry", "gerald"),
    ("jack", "john"), ("johnny", "john"), ("charlie", "charles"), ("chuck", "charles"),
    ("hank", "henry"), ("harry", "henry"), ("fred", "frederick"), ("frank", "francis"),
    ("al", "albert"), ("al", "alan"), ("mo", "maurice"), ("phil", "philip"), ("ron", "ronald"),
    ("don", "donald"), ("doug", "douglas"), ("gene", "eugene"), ("vince", "vincent"),
    ("walt", "walter"), ("liz", "elizabeth"), ("beth", "elizabeth"), ("betty", "elizabeth"),
    ("kate", "katherine"), ("katie", "katherine"), ("cathy", "catherine"), ("sue", "susan"),
    ("jenny", "jennifer"), ("jen", "jennifer"), ("meg", "margaret"), ("peggy", "margaret"),
    ("maggie", "margaret"), ("debbie", "deborah"), ("patty", "patricia"), ("vicky", "victoria"),
    ("becky", "rebecca"), ("abby", "abigail"), ("sandy", "sandra"), ("cindy", "cynthia"),
    ("mandy", "amanda"), ("nancy", "ann"), ("annie", "ann"), ("jill", "gillian"),
    ("tina", "christina"), ("kim", "kimberly"), ("val", "valerie"), ("barb", "barbara"),
];
